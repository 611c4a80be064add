package jp.musubi.workflow.approval;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the publication requests for other features, which never use their repository. */
@Service
public class PublicationRequests {

    private final PublicationRequestRepository requests;

    PublicationRequests(PublicationRequestRepository requests) {
        this.requests = requests;
    }

    /** The item's most recent submission for publication (open or decided), or empty if it was never submitted. */
    @Transactional(readOnly = true)
    public Optional<PublicationRequest> latest(String workspace, String name) {
        return requests.findByItem(workspace, name).stream().findFirst();
    }
}
