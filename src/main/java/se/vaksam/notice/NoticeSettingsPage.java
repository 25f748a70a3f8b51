package se.vaksam.notice;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.vaksam.shared.Access;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.NavigationEntry;

/** The person's own choice (under the account menu): each notice by e-mail at once, or one digest a day. */
@Allowed(Capability.SIGNED_IN)
@Controller
class NoticeSettingsPage {

    static final String PATH = "/account/notices";

    private final NoticeStore store;
    private final Access access;

    NoticeSettingsPage(NoticeStore store, Access access) {
        this.store = store;
        this.access = access;
    }

    @GetMapping(PATH)
    String settings(Model model) {
        model.addAttribute("digest", store.digest(access.current().username()));
        return "notice/settings";
    }

    @PostMapping(PATH)
    String choose(@RequestParam(defaultValue = "false") boolean digest, RedirectAttributes redirect) {
        store.chooseDigest(access.current().username(), digest);
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + PATH;
    }

    @Bean
    static NavigationEntry noticeNavigation() {
        return new NavigationEntry(955, "nav.notices", PATH, NavigationEntry.Group.ACCOUNT);
    }
}
