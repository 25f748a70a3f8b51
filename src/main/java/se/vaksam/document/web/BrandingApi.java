package se.vaksam.document.web;

import java.util.Base64;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.document.Branding;
import se.vaksam.document.Brandings;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;

/** The municipality's look of the documents: read by anyone signed in, changed by the system administrator. */
@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/branding")
@Tag(name = "Dokumentens utseende", description = "Kommunens namn, nämnd, förvaltning, logotyp, färger, typsnitt "
        + "och försättsblad i alla dokument (PDF, DOCX, förhandsvisning)")
class BrandingApi {

    private final Brandings brandings;

    BrandingApi(Brandings brandings) {
        this.brandings = brandings;
    }

    /** The logo's description without its bytes (those are at {@code /api/v1/branding/logo}). */
    record LogoView(String mediaType, String alt, int sizeBytes) {
    }

    record BrandingView(String municipality, String committee, String administration, String headingColour,
            String accentColour, String font, Branding.CoverLayout coverLayout, LogoView logo, int version) {

        static BrandingView of(Branding b) {
            return new BrandingView(b.municipality(), b.committee(), b.administration(), b.headingColour(),
                    b.accentColour(), b.font(), b.coverLayout(), b.logo() == null ? null
                            : new LogoView(b.logo().mediaType(), b.logo().alt(), b.logo().content().length),
                    b.version());
        }
    }

    /** A new logo: its bytes in base64, {@code image/png} or {@code image/svg+xml}, and its text alternative. */
    record LogoRequest(String contentBase64, String mediaType, String alt) {
    }

    /**
     * The whole look; {@code logo} null keeps the stored logo unless {@code removeLogo} is true.
     */
    record BrandingRequest(String municipality, String committee, String administration, String headingColour,
            String accentColour, String font, Branding.CoverLayout coverLayout, LogoRequest logo,
            Boolean removeLogo, Integer version) {

        Branding branding() {
            Branding.Logo newLogo = null;
            if (logo != null) {
                try {
                    newLogo = new Branding.Logo(Base64.getDecoder().decode(logo.contentBase64() == null ? ""
                            : logo.contentBase64()), logo.mediaType(), logo.alt());
                } catch (IllegalArgumentException e) {
                    throw new DomainException("document.branding.error.logoType");
                }
            }
            return new Branding(municipality, committee, administration, headingColour, accentColour,
                    font == null ? Branding.FONTS.get(0) : font, coverLayout, newLogo, 0);
        }
    }

    @GetMapping
    @Operation(summary = "Dokumentens utseende som gäller nu")
    BrandingView get() {
        return BrandingView.of(brandings.current());
    }

    @GetMapping("/logo")
    @Operation(summary = "Logotypen (PNG eller SVG); 404 om ingen är vald")
    @ApiResponse(responseCode = "200", description = "Logotypen",
            content = {@Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/svg+xml", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "404", description = "Ingen logotyp är vald",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<byte[]> logo() {
        Branding.Logo logo = brandings.current().logo();
        if (logo == null) {
            throw new NotFoundException("document.branding.error.noLogo");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.mediaType()))
                .cacheControl(CacheControl.noCache()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(logo.content());
    }

    @Allowed(Capability.ADMINISTER_SYSTEM)
    @PutMapping
    @Operation(summary = "Ändra dokumentens utseende (systemförvaltare); färger kontrolleras mot WCAG-kontrast, "
            + "logotypen högst 512 kB med alternativtext; ange versionen du läste (409 om någon hunnit ändra)")
    BrandingView put(@RequestBody BrandingRequest request) {
        if (request.version() == null) {
            throw new DomainException("document.branding.error.version");
        }
        return BrandingView.of(brandings.save(request.branding(), !Boolean.TRUE.equals(request.removeLogo()),
                request.version()));
    }
}
