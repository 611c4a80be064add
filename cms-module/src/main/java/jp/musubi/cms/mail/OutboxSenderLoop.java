package jp.musubi.cms.mail;

import java.time.Duration;

import jp.musubi.cms.common.BackgroundLoop;

/**
 * Runs the {@link OutboxSender} in the background on this node: {@code workers} threads, each
 * emptying the outbox and then waiting {@code poll-interval}. Start-up first gives back what a
 * dead process of this node had claimed (if that fails, those messages are taken again once their
 * lease runs out). Stopping lets the message in flight finish and gives the rest of its batch back.
 */
class OutboxSenderLoop extends BackgroundLoop {

    private final OutboxSender sender;

    OutboxSenderLoop(OutboxSender sender, MailOutboxProperties properties) {
        super(new Schedule("mail-sender", properties.sender().workers(), Duration.ofSeconds(1),
                properties.sender().pollInterval(), properties.sender().smtpTimeout().multipliedBy(2)));
        this.sender = sender;
    }

    @Override
    protected void beforeStart() {
        sender.releaseClaimsOfDeadNodes();
    }

    @Override
    protected void pass() {
        sender.sendDue();
    }

    @Override
    protected void beforeStop() {
        sender.stop();
    }
}
