package se.vaksam.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Authorisation;
import se.vaksam.shared.Capability;
import se.vaksam.shared.NavigationEntry;
import se.vaksam.shared.NavigationEntry.Group;
import se.vaksam.shared.PageFrame;

/** Puts what every page's frame needs into the model: the navigation and who is signed in. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellModel implements PageFrame {

    private final Access access;
    private final Authorisation authorisation;
    private final List<NavigationEntry> entries;
    private final OrgQuery org;

    ShellModel(Access access, Authorisation authorisation, List<NavigationEntry> entries, OrgQuery org) {
        this.access = access;
        this.org = org;
        this.authorisation = authorisation;
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    /** Every entry the person may use, in menu order. */
    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        return entries.stream().filter(e -> authorisation.permits(e.capability())).toList();
    }

    /**
     * The menu: the groups that hold at least one entry the person may use, each with those entries, and which
     * entry is the current place (the longest path that the current path is or lies under).
     */
    static List<MenuGroup> menu(List<NavigationEntry> permitted, String currentPath) {
        String current = permitted.stream().map(NavigationEntry::path)
                .filter(path -> path.equals(currentPath) || !"/".equals(path) && currentPath.startsWith(path + "/"))
                .max(Comparator.comparingInt(String::length)).orElse(null);
        Map<Group, List<MenuEntry>> byGroup = new EnumMap<>(Group.class);
        for (NavigationEntry entry : permitted) {
            String marker = !entry.path().equals(current) ? null : current.equals(currentPath) ? "page" : "true";
            byGroup.computeIfAbsent(entry.group(), g -> new ArrayList<>()).add(new MenuEntry(entry, marker));
        }
        return byGroup.entrySet().stream().map(e -> new MenuGroup(e.getKey(), e.getValue())).toList();
    }

    /** A menu entry; {@code ariaCurrent} is "page" on the current page, "true" on the entry the page lies under. */
    record MenuEntry(NavigationEntry entry, String ariaCurrent) {

        public String path() {
            return entry.path();
        }

        public String messageKey() {
            return entry.messageKey();
        }
    }

    record MenuGroup(Group group, List<MenuEntry> entries) {

        public String messageKey() {
            return group.messageKey();
        }

        public boolean current() {
            return entries.stream().anyMatch(e -> e.ariaCurrent() != null);
        }

        public String id() {
            return "vk-menu-" + group.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    @ModelAttribute("menu")
    List<MenuGroup> menu(jakarta.servlet.http.HttpServletRequest request) {
        return menu(navigation(), currentPath(request));
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

    /** The signed-in person's name for the account menu (the username only if they are not in the organisation). */
    @ModelAttribute("currentName")
    String currentName() {
        String username = access.current().username();
        return username == null ? "" : org.person(username).map(OrgQuery.PersonView::fullName).orElse(username);
    }

    @Override
    public Map<String, Object> attributes(jakarta.servlet.http.HttpServletRequest request) {
        return Map.of("navigation", navigation(), "menu", menu(request), "currentPath", currentPath(request),
                "currentUser", currentUser(), "currentName", currentName(), "can", can());
    }
}
