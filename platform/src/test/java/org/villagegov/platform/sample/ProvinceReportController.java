package org.villagegov.platform.sample;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.ProvinceScope;

@RestController
@RequestMapping("/api/v1/sample/province")
@PreAuthorize("hasRole('provincial-admin')")
class ProvinceReportController {

    private final ProvinceScope province;
    private final NoteRepository notes;

    ProvinceReportController(ProvinceScope province, NoteRepository notes) {
        this.province = province;
        this.notes = notes;
    }

    @GetMapping("/note-counts")
    Map<String, Long> counts(PlatformUser user) {
        return province.perCounty(user, notes::count);
    }

    @GetMapping("/{county}/note-count")
    long count(@PathVariable String county, PlatformUser user) {
        return province.inCounty(user, county, notes::count);
    }
}
