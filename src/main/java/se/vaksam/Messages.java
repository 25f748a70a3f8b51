package se.vaksam;

import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.vaksam.shared.Formats;

/**
 * The message bundles ({@code spring.messages.*}), with one change to Java's message format: a plain
 * argument ({@code {0}}) is written by {@link Formats}, so a year is {@code 2026}, not {@code 2 026}, and a
 * moment is in Swedish time. Arguments with their own format ({@code {0,number,#}}, choice) keep it.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        SwedishMessageSource source = new SwedishMessageSource();
        source.setBasenames(properties.getBasename().toArray(String[]::new));
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }

    static final class SwedishMessageSource extends ResourceBundleMessageSource {

        @Override
        protected MessageFormat createMessageFormat(String msg, Locale locale) {
            MessageFormat format = super.createMessageFormat(msg, locale);
            Format[] byArgument = format.getFormatsByArgumentIndex();
            for (int i = 0; i < byArgument.length; i++) {
                if (byArgument[i] == null) {
                    format.setFormatByArgumentIndex(i, PlainArgument.INSTANCE);
                }
            }
            return format;
        }
    }

    /** Writes a plain argument the way {@link Formats} does. */
    static final class PlainArgument extends Format {

        static final PlainArgument INSTANCE = new PlainArgument();

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            return to.append(Formats.argument(value));
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("messages are only written");
        }
    }
}
