package jp.musubi.cms.node;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NodeProperties.class)
class NodeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NodeConfiguration.class);

    @Bean
    NodeIdentity nodeIdentity(NodeProperties properties) {
        NodeIdentity node = NodeIdentity.startNew(properties.singleNode());
        log.info("Node id {} ({})", node.id(), node.singleNode() ? "single node: claims of earlier processes are released at start-up"
                : "several nodes may share the database: claims of other nodes wait for their lease");
        return node;
    }
}
