package jp.musubi.cms.site;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import jp.musubi.cms.feature.Features;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every server-rendered page the header's area links the current user may enter (none of a feature
 * this programme does not run), and the feature switches for the template's own links.
 */
@ControllerAdvice(annotations = Controller.class)
public class SiteLayoutAdvice {

    private static final String ROLE_PREFIX = "ROLE_";

    private final List<AreaLink> areas;
    private final SiteProperties site;
    private final Features features;

    public SiteLayoutAdvice(List<AreaLink> areas, SiteProperties site, Features features) {
        this.areas = areas.stream()
                .filter(area -> features.isReachable(area.path()))
                .sorted(Comparator.comparingInt(AreaLink::order)).toList();
        this.site = site;
        this.features = features;
    }

    /** The layout asks {@code features.isReachable('/consultation')} before linking a switchable page. */
    @ModelAttribute("features")
    public Features features() {
        return features;
    }

    @ModelAttribute("site")
    public SiteProperties site() {
        return site;
    }

    /** The request path, so the header can mark the current area with aria-current. */
    @ModelAttribute("currentPath")
    public String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("navigation")
    public List<AreaLink> navigation() {
        Set<String> roles = currentRoles();
        return areas.stream().filter(area -> area.visibleTo(roles)).toList();
    }

    private static Set<String> currentRoles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
