package se.vaksam.survey.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;
import se.vaksam.survey.ExternalFigures;
import se.vaksam.survey.SurveyQuery;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/survey-figures")
@Tag(name = "Enkätsiffror utifrån", description = "Siffror från enkäter gjorda på annat sätt (brukarundersökningen, "
        + "papper, nationella enkäter): erbjudna, svarande och svarsfrekvens per serie, år och område")
class ExternalFigureApi {

    private final ExternalFigures figures;

    ExternalFigureApi(ExternalFigures figures) {
        this.figures = figures;
    }

    record Imported(int rows) {
    }

    @Allowed(Capability.ADMINISTER_QUALITY_LISTS)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Läs in en CSV-fil med kolumnerna serie, år, område, erbjudna, svarande och valfritt fråga, "
            + "svar; allt eller inget, en rad som redan finns ersätts")
    Imported importSurveyFigures(@RequestPart("file") MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new DomainException("survey.import.error.file");
        }
        return new Imported(figures.importCsv(file.getBytes()));
    }

    @GetMapping("/series")
    @Operation(summary = "De inlästa serierna")
    List<String> surveyFigureSeries() {
        return figures.series();
    }

    @GetMapping
    @Operation(summary = "En serie år för år: erbjudna, svarande och svarsfrekvens totalt och per område")
    List<SurveyQuery.Year> surveyFigureYears(@RequestParam String series) {
        return figures.years(series);
    }

    @GetMapping("/answers")
    @Operation(summary = "Antal svar per område, fråga och svar ett år")
    List<SurveyQuery.AnswerCount> surveyFigureAnswers(@RequestParam String series, @RequestParam int year) {
        return figures.answers(series, se.vaksam.shared.Bounds.year("year", year));
    }
}
