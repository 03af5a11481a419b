package app.kith.web;

import jakarta.servlet.http.HttpServletRequest;

/** How a page tells an htmx request for a fragment from a browser loading the whole page. */
final class Htmx {

    private Htmx() {
    }

    /**
     * True when htmx asks for a fragment to swap in. A history restore (the back button after the
     * cache forgot the page) also comes from htmx but needs the whole page.
     */
    static boolean wantsFragment(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
    }
}
