package se.vaksam.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * What every page's frame (layout.html) needs in its model: the navigation and who is signed
 * in. Controllers get it from the shell's advice; views built elsewhere, such as the error
 * pages of {@code ProblemHandling}, ask for it here.
 */
public interface PageFrame {

    Map<String, Object> attributes(HttpServletRequest request);
}
