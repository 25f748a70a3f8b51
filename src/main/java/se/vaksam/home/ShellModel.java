package se.vaksam.home;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Authorisation;
import se.vaksam.shared.Capability;
import se.vaksam.shared.NavigationEntry;
import se.vaksam.shared.PageFrame;

/** Puts what every page's frame needs into the model: the navigation and who is signed in. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellModel implements PageFrame {

    private final Access access;
    private final Authorisation authorisation;
    private final List<NavigationEntry> entries;

    ShellModel(Access access, Authorisation authorisation, List<NavigationEntry> entries) {
        this.access = access;
        this.authorisation = authorisation;
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        return entries.stream().filter(e -> authorisation.permits(e.capability())).toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * What the person's roles permit, by capability name, so that a page shows only the forms, buttons and
     * links the person can use: {@code th:if="${can['CHANGE_RECORDS']}"}.
     */
    @ModelAttribute("can")
    Map<String, Boolean> can() {
        Map<String, Boolean> can = new java.util.LinkedHashMap<>();
        for (Capability capability : Capability.values()) {
            can.put(capability.name(), authorisation.permits(capability));
        }
        return can;
    }

    @ModelAttribute("currentUser")
    AccessScope currentUser() {
        return access.current();
    }

    @Override
    public Map<String, Object> attributes(jakarta.servlet.http.HttpServletRequest request) {
        return Map.of("navigation", navigation(), "currentPath", currentPath(request), "currentUser", currentUser(),
                "can", can());
    }
}
