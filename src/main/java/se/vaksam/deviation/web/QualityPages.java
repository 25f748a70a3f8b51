package se.vaksam.deviation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.org.OrgQuery;
import se.vaksam.deviation.DeviationPatterns;
import se.vaksam.deviation.DeviationStatistics;
import se.vaksam.deviation.DeviationStatistics.Counts;
import se.vaksam.deviation.DeviationStatistics.GroupRow;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/**
 * Patterns and statistics (mönster): three years side by side per kind group and operational area as
 * accessible SVG charts with the tables beside, the chosen year per tertial, the area categories per
 * operational area with those recurring in every area highlighted, and the pattern summary the quality
 * network annotates and proposes as risks.
 */
@Allowed(Capability.SIGNED_IN)
@Controller
class QualityPages {

    private final DeviationStatistics statistics;
    private final DeviationPatterns patterns;
    private final se.vaksam.deviation.QualityReports reports;
    private final MessageSource messages;
    private final Clock clock;
    private final OrgQuery org;

    QualityPages(DeviationStatistics statistics, DeviationPatterns patterns, se.vaksam.deviation.QualityReports reports,
            MessageSource messages, Clock clock, OrgQuery org) {
        this.org = org;
        this.statistics = statistics;
        this.patterns = patterns;
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/quality")
    String overview(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : Bounds.year("year", year);
        Counts counts = statistics.counts(y);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> charts = new LinkedHashMap<>();
        for (GroupRow g : counts.groups()) {
            String name = messages.getMessage("deviation.group." + g.group(), null, locale);
            List<String> areas = g.perArea().stream().map(a -> areaName(a.area(), locale)).toList();
            long[][] values = g.perArea().stream().map(a -> a.perYear().stream().mapToLong(Long::longValue).toArray())
                    .toArray(long[][]::new);
            charts.put(g.group().name(), BarChart.svg("chart-" + g.group(),
                    messages.getMessage("deviation.chart.title", new Object[] {name, counts.years().get(0), y}, locale),
                    messages.getMessage("deviation.chart.desc", new Object[] {name}, locale),
                    areas, counts.years().stream().map(String::valueOf).toList(), values));
        }
        model.addAttribute("counts", counts);
        model.addAttribute("charts", charts);
        model.addAttribute("year", y);
        model.addAttribute("patterns", patterns.of(y).stream()
                .collect(java.util.stream.Collectors.toMap(DeviationPatterns.Pattern::categoryId, p -> p)));
        model.addAttribute("mayAnnotate", patterns.mayAnnotate());
        var versions = reports.versions(y);
        model.addAttribute("versions", versions);
        model.addAttribute("names", org.namesOf(versions.stream().map(v -> v.madeBy()).toList()));
        model.addAttribute("errorsByField", Map.of());
        return "deviation/quality";
    }

    @Allowed(Capability.ADMINISTER_QUALITY_LISTS)
    @PostMapping("/quality/patterns")
    String annotate(@RequestParam int year, @RequestParam long categoryId, @RequestParam(required = false) String annotation,
            @RequestParam(defaultValue = "0") int version, RedirectAttributes redirect, HttpServletResponse response) {
        patterns.annotate(year, categoryId, annotation, version);
        redirect.addFlashAttribute("notice", "deviation.pattern.saved");
        return "redirect:/quality?year=" + year + "#patterns";
    }

    @Allowed(Capability.ADMINISTER_QUALITY_LISTS)
    @PostMapping("/quality/patterns/propose")
    String propose(@RequestParam int year, @RequestParam long categoryId, @RequestParam String categoryName,
            @RequestParam long areaUnitId, RedirectAttributes redirect) {
        long administration = patterns.administrationAbove(areaUnitId)
                .orElseThrow(() -> new DomainException("deviation.pattern.error.noAdministration"));
        patterns.proposeAsRisk(year, categoryId, categoryName, administration);
        redirect.addFlashAttribute("notice", "deviation.pattern.proposed");
        return "redirect:/quality?year=" + year + "#patterns";
    }

    private String areaName(DeviationStatistics.Area area, Locale locale) {
        return area.id() == null ? messages.getMessage("deviation.area.none", null, locale) : area.name();
    }
}
