package org.villagegov.grid.household;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An 18-character resident identity number whose last character is its GB 11643 check character. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ResidentIdNumber.Validator.class)
@interface ResidentIdNumber {

    String message() default "must be an 18-character resident ID number with a valid check character";

    /** Also accept the masked form a reader was shown ({@code 420281********1234}): on an edit it means "unchanged". */
    boolean maskedMeansUnchanged() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ResidentIdNumber, String> {

        private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

        private boolean maskedAllowed;

        @Override
        public void initialize(ResidentIdNumber annotation) {
            maskedAllowed = annotation.maskedMeansUnchanged();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || valid(value) || maskedAllowed && PersonalData.isMaskedIdNumber(value);
        }

        static boolean valid(String value) {
            if (value.length() != 18) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
                sum += (c - '0') * WEIGHTS[i];
            }
            return Character.toUpperCase(value.charAt(17)) == CHECK[sum % 11];
        }
    }
}
