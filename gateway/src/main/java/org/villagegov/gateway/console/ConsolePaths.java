package org.villagegov.gateway.console;

import java.util.List;
import java.util.stream.Stream;

/** What the console serves to anyone, before login: the edge lets GET and HEAD of these through without a token. */
public final class ConsolePaths {

    /** The page at its client-side routes: the county picker, a county's console, the platform realm's. */
    static final List<String> PAGE = List.of("/", "/c/**", "/p/**");

    /** The build's files with hashed names. */
    static final String ASSETS = "/assets/**";

    /** The build's files at the root, under names that never change. */
    static final List<String> ROOT_FILES = List.of("favicon.svg", "manifest.webmanifest", "sw.js");

    /** Where Keycloak is and which counties exist. */
    static final String CONFIG = "/console-config.json";

    public static final String[] PUBLIC = Stream.of(PAGE.stream(), Stream.of(ASSETS, CONFIG), ROOT_FILES.stream().map(file -> "/" + file))
            .flatMap(paths -> paths)
            .toArray(String[]::new);

    private ConsolePaths() {
    }
}
