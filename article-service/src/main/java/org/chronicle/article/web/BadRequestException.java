package org.chronicle.article.web;

/** A request parameter or header the service cannot use; answered with 400 naming it as {@code parameter}. */
class BadRequestException extends RuntimeException {

    private final String parameter;

    BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
