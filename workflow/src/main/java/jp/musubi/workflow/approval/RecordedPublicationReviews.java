package jp.musubi.workflow.approval;

import java.util.Optional;

import jp.musubi.cms.publication.PublicationReview;
import jp.musubi.cms.publication.PublicationReviews;
import org.springframework.stereotype.Component;

/** The CMS's view of the approvals this module records in {@code publication_request}. */
@Component
class RecordedPublicationReviews implements PublicationReviews {

    private final PublicationRequestRepository requests;

    RecordedPublicationReviews(PublicationRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public Optional<PublicationReview> latest(String workspace, String name) {
        return requests.findByItem(workspace, name).stream().findFirst().map(RecordedPublicationReviews::review);
    }

    private static PublicationReview review(PublicationRequest request) {
        return new PublicationReview(request.revision(), request.unpublish(), request.submittedAt(),
                request.submittedBy(), decision(request.decision()), request.decidedAt(), request.decidedBy(),
                request.decisionComment());
    }

    private static PublicationReview.Decision decision(PublicationDecision decision) {
        if (decision == null) {
            return null;
        }
        return switch (decision) {
            case APPROVED -> PublicationReview.Decision.APPROVED;
            case REJECTED -> PublicationReview.Decision.REJECTED;
        };
    }
}
