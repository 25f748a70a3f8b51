package se.vaksam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The same refusal reads as a page for a person and as problem details for an API client. */
class ProblemHandlingTests {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final ProblemHandling handling = new ProblemHandling(messages(), new FixedLocaleResolver(SWEDISH),
            List.of(request -> Map.of("currentUser", "ifo.soc1")));

    @Test
    void aPageRequestGetsTheErrorViewWithStatusTheSwedishDetailAndThePageFrame() {
        Object answer = handling.forbidden(new ForbiddenException(), new MockHttpServletRequest("GET", "/org/units/7"));

        assertThat(answer).isInstanceOfSatisfying(ModelAndView.class, view -> {
            assertThat(view.getViewName()).isEqualTo("error");
            assertThat(view.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(view.getModel()).containsEntry("status", 403).containsEntry("detail", "Du får inte.")
                    .containsEntry("currentUser", "ifo.soc1");
        });
    }

    @Test
    void anApiRequestGetsProblemDetailsWithTitleDetailAndMessageKey() {
        Object answer = handling.notFound(new NotFoundException("org.unit.notFound"),
                new MockHttpServletRequest("GET", "/api/v1/units/7"));

        assertThat(answer).isInstanceOfSatisfying(ResponseEntity.class, response -> {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            ProblemDetail problem = (ProblemDetail) response.getBody();
            assertThat(problem.getTitle()).isEqualTo("Sidan finns inte");
            assertThat(problem.getDetail()).isEqualTo("Enheten finns inte.");
            assertThat(problem.getProperties()).containsEntry("messageKey", "org.unit.notFound");
        });
    }

    @Test
    void refusalsBySpringSecurityAndSpringMvcGetTheirOwnStatusAndWords() {
        var api = new MockHttpServletRequest("GET", "/api/v1/access-log");
        var page = new MockHttpServletRequest("GET", "/finns-inte");

        assertThat(handling.refused(new AccessDeniedException("no"), api)).isInstanceOfSatisfying(ResponseEntity.class,
                response -> assertThat(((ProblemDetail) response.getBody()).getProperties())
                        .containsEntry("messageKey", "error.detail.403"));
        assertThat(handling.refused(new BadCredentialsException("no"), api)).isInstanceOfSatisfying(ResponseEntity.class,
                response -> assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));
        assertThat(handling.refused(new NoResourceFoundException(HttpMethod.GET, "/finns-inte", "finns-inte"), page))
                .isInstanceOfSatisfying(ModelAndView.class, view -> {
                    assertThat(view.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
                    assertThat(view.getModel()).containsEntry("detail", "Det finns ingen sida här.");
                });
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("error.forbidden", SWEDISH, "Du får inte.");
        messages.addMessage("error.title.404", SWEDISH, "Sidan finns inte");
        messages.addMessage("org.unit.notFound", SWEDISH, "Enheten finns inte.");
        messages.addMessage("error.detail.404", SWEDISH, "Det finns ingen sida här.");
        return messages;
    }
}
