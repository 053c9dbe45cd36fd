package se.vinr.ledger.command.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.Arrays;

/** What a client wrote wrong in a JSON (or YAML) document, in words and at its path ({@code goals[0].code}). */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static String describe(JsonMappingException e) {
        if (e instanceof RequestBodies.Refused refused) {
            return refused.reason();
        }
        if (e.getCause() instanceof InputCoercionException coercion) {
            return "out of range for a " + typeName(coercion.getTargetType());
        }
        if (e.getCause() instanceof JsonParseException malformed) {
            return "malformed JSON: " + malformed.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + format.getValue() + "' is not one of " + Arrays.toString(target.getEnumConstants());
            }
            return "'" + format.getValue() + "' is not a valid " + typeName(target);
        }
        if (e instanceof ValueInstantiationException instantiation) {
            // the value records copy their lists, which refuses null entries
            Throwable cause = instantiation.getCause();
            return cause == null || cause instanceof NullPointerException || cause.getMessage() == null
                    ? "must not contain null entries" : cause.getMessage();
        }
        return "expected " + typeName(e instanceof MismatchedInputException m
                ? m.getTargetType() : null);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value of another type";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (yyyy-MM-dd)";
            case "Instant", "OffsetDateTime" -> "instant with offset (e.g. 2021-03-10T09:00:00Z)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "BigDecimal" -> "number";
            case "List" -> "list";
            case "String" -> "text";
            default -> type.getSimpleName();
        };
    }

    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

}
