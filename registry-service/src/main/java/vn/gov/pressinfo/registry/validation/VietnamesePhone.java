package vn.gov.pressinfo.registry.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A Vietnamese phone number ({@link Contact#PHONE}), at most {@link Contact#PHONE_MAX_LENGTH} characters. Null is
 * valid: add {@code @NotBlank} where the number is required. The OpenAPI schema of the field says the same with
 * {@code @Schema(pattern = Contact.PHONE, maxLength = Contact.PHONE_MAX_LENGTH)} (SmallRye OpenAPI reads only the
 * standard constraints placed on the field itself).
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = Contact.PHONE, message = Contact.PHONE_MESSAGE)
@Size(max = Contact.PHONE_MAX_LENGTH)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface VietnamesePhone {

    String message() default Contact.PHONE_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
