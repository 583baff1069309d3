package vn.gov.pressinfo.notification.email;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.smallrye.mutiny.TimeoutException;
import vn.gov.pressinfo.agencydirectory.SpokespersonDirectory;
import vn.gov.pressinfo.notification.delivery.Channel;
import vn.gov.pressinfo.notification.delivery.ChannelSender;
import vn.gov.pressinfo.notification.delivery.ClaimedDelivery;
import vn.gov.pressinfo.notification.delivery.DeliveryFailure;
import vn.gov.pressinfo.notification.delivery.StoredEvent;
import vn.gov.pressinfo.notification.message.NoticeTemplates;
import vn.gov.pressinfo.notification.routing.Audience;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * Sends a notice as one multipart email (HTML and plain text, Vietnamese) over SMTP with quarkus-mailer.
 * A delivery addressed to {@code agency:<id>} (no spokesperson was known when the event arrived) looks the
 * spokesperson up again, so a resend after registry caught up reaches them.
 */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    private final Mailer mailer;
    private final NoticeTemplates templates;
    private final SpokespersonDirectory spokespersons;
    private final BusinessTime time;

    private final Duration timeout;

    public EmailSender(Mailer mailer, NoticeTemplates templates, SpokespersonDirectory spokespersons, BusinessTime time,
            @ConfigProperty(name = "quarkus.mailer.timeout") Duration timeout) {
        this.mailer = mailer;
        this.timeout = timeout;
        this.templates = templates;
        this.spokespersons = spokespersons;
        this.time = time;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(ClaimedDelivery delivery, StoredEvent event) throws DeliveryFailure {
        String to = address(delivery);
        Map<String, Object> view = NoticeTemplates.view(event.data());
        Mail mail = Mail.withHtml(to, templates.subject(event.type(), view), templates.html(event.type(), view))
                .setText(templates.text(event.type(), view))
                .addHeader("X-PressInfo-Event-Id", event.id())
                .addHeader("X-PressInfo-Delivery-Id", delivery.id().toString());
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof TimeoutException || root instanceof java.util.concurrent.TimeoutException) {
                throw DeliveryFailure.transientFailure("SMTP: TimeoutException: no answer from the mail server within "
                        + timeout.toString().substring(2).toLowerCase(Locale.ROOT), e);
            }
            throw DeliveryFailure.transientFailure("SMTP: " + root.getClass().getSimpleName() + ": " + root.getMessage(), e);
        }
    }

    private String address(ClaimedDelivery delivery) throws DeliveryFailure {
        if (delivery.recipient().contains("@")) {
            return delivery.recipient();
        }
        Audience audience = Audience.parse(delivery.recipient())
                .orElseThrow(() -> DeliveryFailure.permanent("not an email recipient: " + delivery.recipient()));
        if (audience.isDepartment()) {
            throw DeliveryFailure.permanent("no department recipient was recorded for the holder of the press management department "
                    + "role, nor configured, when the event arrived; record one and the next department notice reaches them");
        }
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> spokespersons.current(audience.agencyId(), time.today()).map(p -> p.email))
                .filter(e -> e != null && !e.isBlank())
                .map(e -> e.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> DeliveryFailure.permanent("no current spokesperson with an email is known for agency "
                        + audience.agencyId()));
    }
}
