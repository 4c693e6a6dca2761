package org.chronicle.article.web;

/** A request parameter or header the service cannot use; answered with 400. */
class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
        super(message);
    }
}
