package org.chronicle.timeline.web;

/** Nothing under the requested id (answered with 404). */
class NotFound extends RuntimeException {

    NotFound(String detail) {
        super(detail);
    }
}
