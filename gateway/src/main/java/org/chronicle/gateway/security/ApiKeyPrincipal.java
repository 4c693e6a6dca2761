package org.chronicle.gateway.security;

/** Who a valid API key stands for: its operator-chosen name (sent downstream as the actor) and its role. */
public record ApiKeyPrincipal(String name, Role role) {
}
