package se.vaksam.governance.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.governance.DocumentDraft;
import se.vaksam.governance.DocumentKind;
import se.vaksam.governance.GovernanceQuery;
import se.vaksam.governance.GoverningDocuments;
import se.vaksam.history.HistoryQuery;
import se.vaksam.shared.Required;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/governing-documents")
@Tag(name = "Styrdokument", description = "Riktlinjer, rutiner, kärnprocesser och anvisningar: dokumentägare, beslut, revidering, införande och kopplingar")
class GoverningDocumentApi {

    private final GoverningDocuments documents;
    private final HistoryQuery history;

    GoverningDocumentApi(GoverningDocuments documents, HistoryQuery history) {
        this.documents = documents;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Styrdokument du får läsa; filtrera på typ, enhet, eller bara de med passerat revideringsdatum")
    List<GovernanceQuery.DocumentView> list(@RequestParam(required = false) DocumentKind kind,
            @RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "false") boolean overdue) {
        return documents.documents(kind, unitId, overdue);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Ett styrdokument")
    GovernanceQuery.DocumentView document(@PathVariable long id) {
        return documents.document(id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Registrera ett styrdokument (du måste få ändra den ägande enheten)")
    ResponseEntity<GovernanceQuery.DocumentView> create(@RequestBody DocumentDraft draft) {
        long id = documents.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/governing-documents/" + id)).body(documents.document(id));
    }

    record DocumentEditRequest(DocumentDraft document, Integer version) {

        DocumentEditRequest {
            Required.field(document, "document");
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}")
    @Operation(summary = "Ändra styrdokumentet; ange versionen du läste (409 om någon hunnit ändra)")
    GovernanceQuery.DocumentView edit(@PathVariable long id, @RequestBody DocumentEditRequest request) {
        documents.edit(id, request.document(), request.version() == null ? -1 : request.version());
        return documents.document(id);
    }

    @GetMapping("/linked")
    @Operation(summary = "Styrdokument kopplade till en post, t.ex. recordType=risk.risk&recordId=12")
    List<GovernanceQuery.DocumentView> linked(@RequestParam String recordType, @RequestParam String recordId) {
        return documents.linkedTo(recordType, recordId);
    }

    record DocumentLinkRequest(String recordType, String recordId) {
    }

    @GetMapping("/{id}/links")
    @Operation(summary = "Poster (risker, planposter, avvikelser) som styrdokumentet är kopplat till")
    List<GovernanceQuery.Link> links(@PathVariable long id) {
        return documents.links(id);
    }

    @PostMapping("/{id}/links")
    @Operation(summary = "Koppla styrdokumentet till en risk (risk.risk), planpost (plan.item) eller avvikelse (deviation.deviation)")
    List<GovernanceQuery.Link> link(@PathVariable long id, @RequestBody DocumentLinkRequest request) {
        documents.link(id, request.recordType(), request.recordId());
        return documents.links(id);
    }

    @DeleteMapping("/{id}/links")
    @Operation(summary = "Ta bort en koppling")
    List<GovernanceQuery.Link> unlink(@PathVariable long id, @RequestParam String recordType,
            @RequestParam String recordId) {
        documents.unlink(id, recordType, recordId);
        return documents.links(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Styrdokumentets historik (nyast först)")
    List<HistoryQuery.Entry> history(@PathVariable long id) {
        documents.document(id);
        return history.historyOf("governance.document", Long.toString(id));
    }
}
