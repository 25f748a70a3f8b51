package se.vaksam.document.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.document.Branding;
import se.vaksam.document.Brandings;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NavigationEntry;

/**
 * The page {@code /admin/branding}: the municipality's look of every document, set by the system administrator
 * (a logo upload with its text alternative, names, colours, font and cover layout).
 */
@Allowed(Capability.ADMINISTER_SYSTEM)
@Controller
class BrandingPages {

    private final Brandings brandings;

    BrandingPages(Brandings brandings) {
        this.brandings = brandings;
    }

    @GetMapping("/admin/branding")
    String page(Model model) {
        return show(brandings.current(), null, model);
    }

    private String show(Branding branding, DomainException error, Model model) {
        model.addAttribute("branding", branding);
        model.addAttribute("fonts", Branding.FONTS);
        model.addAttribute("layouts", Branding.CoverLayout.values());
        model.addAttribute("maxLogoKilobytes", Branding.MAX_LOGO_BYTES / 1024);
        model.addAttribute("error", error);
        return "document/branding";
    }

    @PostMapping("/admin/branding")
    String save(@RequestParam String municipality, @RequestParam(required = false) String committee,
            @RequestParam(required = false) String administration, @RequestParam String headingColour,
            @RequestParam String accentColour, @RequestParam(required = false) String font,
            @RequestParam(required = false) Branding.CoverLayout coverLayout,
            @RequestParam(name = "logo", required = false) MultipartFile logo,
            @RequestParam(required = false) String logoAlt, @RequestParam(defaultValue = "false") boolean removeLogo,
            @RequestParam int version, Model model, RedirectAttributes redirect, HttpServletResponse response)
            throws IOException {
        Branding.Logo newLogo = null;
        Branding current = brandings.current();
        if (logo != null && !logo.isEmpty()) {
            newLogo = new Branding.Logo(logo.getBytes(), logo.getContentType(), logoAlt);
        } else if (current.logo() != null && !removeLogo && logoAlt != null && !logoAlt.isBlank()) {
            newLogo = new Branding.Logo(current.logo().content(), current.logo().mediaType(), logoAlt);
        }
        Branding wanted = new Branding(municipality, committee, administration, headingColour, accentColour,
                font == null ? Branding.FONTS.get(0) : font, coverLayout, newLogo, version);
        try {
            brandings.save(wanted, !removeLogo, version);
        } catch (DomainException e) {
            response.setStatus(422);
            return show(wanted, e, model);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return show(brandings.current(), new DomainException("error.conflict"), model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/branding";
    }

    /** The page in the main navigation's Administration group. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationEntry brandingNavigation() {
            return new NavigationEntry(830, "nav.branding", "/admin/branding", NavigationEntry.Group.ADMINISTRATION,
                    Capability.ADMINISTER_SYSTEM);
        }
    }
}
