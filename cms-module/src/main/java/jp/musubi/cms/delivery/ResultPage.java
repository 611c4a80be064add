package jp.musubi.cms.delivery;

import java.util.List;

/** One page of a list request: {@code total} counts every match, {@code nodes} the page. */
record ResultPage(int total, int offset, int limit, List<DeliveryNode> nodes) {

    ResultPage {
        nodes = List.copyOf(nodes);
    }
}
