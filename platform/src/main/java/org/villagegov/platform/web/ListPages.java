package org.villagegov.platform.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** One page of a list already in memory (a passbook's entries), with the list's true total. */
public final class ListPages {

    private ListPages() {
    }

    public static <T> Page<T> of(List<T> all, Pageable pageable) {
        // offsets are bounded by platform.paging (page x size stays far below Long.MAX_VALUE)
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = (int) Math.min((long) from + pageable.getPageSize(), all.size());
        return new PageImpl<>(List.copyOf(all.subList(from, to)), pageable, all.size());
    }
}
