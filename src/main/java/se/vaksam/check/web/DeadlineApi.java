package se.vaksam.check.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.check.DeadlineEvaluations;
import se.vaksam.plan.ResultTable;
import se.vaksam.shared.Required;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/deadline-evaluations")
@Tag(name = "Tidsfrister", description = "Tidsfristregler (N månader med förlängning, N timmar med nästa arbetsdag) "
        + "per startmånad med föregående år bredvid")
class DeadlineApi {

    private final DeadlineEvaluations evaluations;

    DeadlineApi(DeadlineEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    record EvaluationRequest(DeadlineEvaluations.Request request, Long planItemId) {

        EvaluationRequest {
            Required.field(request, "request");
        }
    }

    record EvaluationResponse(DeadlineEvaluations.Evaluation evaluation, ResultTable table) {
    }

    @PostMapping
    @Operation(summary = "Utvärdera en regel (kind MONTHS eller HOURS, amount) över en population för månaderna "
            + "fromMonth–toMonth år year och året före; med planItemId läggs tabellen in i granskningens resultat",
            description = "Fälten ligger under request (populationId, kind, amount, year, fromMonth, toMonth, "
                    + "evaluatedOn). evaluatedOn är dagen då ärenden som ännu inte är avslutade bedöms; utelämnad "
                    + "används dagens datum. Timregeln (HOURS) kräver att populationen har mottagningstid, "
                    + "månadsregeln (MONTHS) startdatum; annars 422.")
    EvaluationResponse evaluate(@RequestBody EvaluationRequest body) {
        DeadlineEvaluations.Evaluation e = body.planItemId() == null ? evaluations.evaluate(body.request())
                : evaluations.attach(body.request(), body.planItemId());
        return new EvaluationResponse(e, DeadlineEvaluations.table(e));
    }
}
