package cn.duban.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP ({@code spring.mail.*}, the password from {@code SPRING_MAIL_PASSWORD}). Each message's
 * {@code Message-ID} is made from the outbox id, so a mail system or client that drops duplicates sees a resend as one.
 */
@Component
class EmailChannel implements NotificationChannel {

    private final ObjectProvider<JavaMailSender> mailSender;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender) {
        this.mailSender = mailSender;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void deliver(Notification notification, NotificationRouting routing) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new DeliveryFailed("未配置邮件服务器（spring.mail.host）");
        }
        try {
            MimeMessage message = new IdentifiedMessage(sender.createMimeMessage(), messageId(notification));
            MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            if (routing.mailFrom() != null) {
                mail.setFrom(routing.mailFrom());
            }
            mail.setTo(notification.address());
            mail.setSubject("【督办】" + notification.title());
            mail.setText(notification.bodyWithLink(routing.baseUrl()));
            sender.send(message);
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailed("邮件发送失败：" + e.getMessage(), e);
        }
    }

    static String messageId(Notification notification) {
        return "<notification-" + notification.id() + "@duban>";
    }

    /** A message that keeps the id it was given instead of making a new one when it is saved. */
    private static final class IdentifiedMessage extends MimeMessage {

        private final String messageId;

        IdentifiedMessage(MimeMessage template, String messageId) {
            super((Session) template.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
