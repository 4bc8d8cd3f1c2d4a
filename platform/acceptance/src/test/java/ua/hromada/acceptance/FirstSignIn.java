package ua.hromada.acceptance;

import ua.hromada.testing.keycloak.KeycloakTestServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's first sign-in on Keycloak's own login pages, as a browser makes it: the user name and temporary
 * password, then every form Keycloak insists on before it lets a new account in (a new password, the missing
 * profile fields). Scripts cannot take these steps: a password grant for an account with a pending action is
 * refused.
 */
final class FirstSignIn {

    private static final Pattern FORM_TAG = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
    private static final String LOGIN_FORM = "kc-form-login";
    private static final String UPDATE_PASSWORD_FORM = "kc-passwd-update-form";
    private static final String UPDATE_PROFILE_FORM = "kc-update-profile-form";

    private final HttpClient browser = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /**
     * Keycloak's cookies by name. Keycloak marks its session cookies {@code Secure}; browsers send those to
     * 127.0.0.1 over plain HTTP (loopback counts as a secure context), {@link java.net.CookieManager} does not,
     * so this browser keeps them itself. Only Keycloak is visited, so every cookie goes back to it.
     */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /**
     * Signs in through {@code clientId} (a client with the authorization code flow and {@code redirectUri}) as
     * {@code person}, answering every page Keycloak puts up before it lets a new account in.
     */
    SignedIn signIn(KeycloakTestServer keycloak, String clientId, String redirectUri, Person person) {
        URI authorization = URI.create(keycloak.issuerUri() + "/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", clientId,
                "response_type", "code",
                "scope", "openid",
                "redirect_uri", redirectUri,
                "state", UUID.randomUUID().toString())));
        String keycloakRoot = keycloak.baseUrl() + "/";
        HttpResponse<String> loginPage = browse(keycloakRoot, HttpRequest.newBuilder(authorization).GET());
        expectPage(loginPage, "the login page");
        HttpResponse<String> page = browse(keycloakRoot, post(
                formAction(loginPage, LOGIN_FORM).orElseThrow(() -> noForm(LOGIN_FORM, loginPage)),
                Map.of("username", person.username(), "password", person.temporaryPassword(), "credentialId", "")));

        List<String> requiredActions = new ArrayList<>();
        while (page.statusCode() == 200 && requiredActions.size() < 5) {
            HttpResponse<String> shown = page;
            Optional<URI> newPassword = formAction(shown, UPDATE_PASSWORD_FORM);
            Optional<URI> profile = formAction(shown, UPDATE_PROFILE_FORM);
            if (newPassword.isPresent()) {
                requiredActions.add(requiredAction(newPassword.get()));
                page = browse(keycloakRoot, post(newPassword.get(),
                        Map.of("password-new", person.newPassword(), "password-confirm", person.newPassword())));
            } else if (profile.isPresent()) {
                requiredActions.add(requiredAction(profile.get()));
                // onboarding makes the administrator's address the user name
                page = browse(keycloakRoot, post(profile.get(), Map.of("email", person.username(),
                        "firstName", person.firstName(), "lastName", person.lastName())));
            } else {
                throw new IllegalStateException("Keycloak shows a page this sign-in does not know: " + shown.uri()
                        + "\n" + shown.body());
            }
        }
        HttpResponse<String> last = page;
        URI callback = last.headers().firstValue("Location").map(URI::create)
                .filter(location -> last.statusCode() == 302)
                .orElseThrow(() -> new IllegalStateException("Keycloak did not send the browser back after "
                        + requiredActions + ": " + last.statusCode() + " " + last.body()));
        if (!callback.toString().startsWith(redirectUri) || !callback.getRawQuery().contains("code=")) {
            throw new IllegalStateException("Keycloak sent the browser to " + callback + " instead of "
                    + redirectUri + " with an authorization code");
        }
        return new SignedIn(callback, requiredActions);
    }

    /** Who signs in: the credentials handed over at onboarding and what the person types in on the way. */
    record Person(String username, String temporaryPassword, String newPassword, String firstName, String lastName) {
    }

    /**
     * @param callback        where Keycloak sent the browser back to, with the authorization code
     * @param requiredActions the steps Keycloak demanded on the way, by its names ({@code UPDATE_PASSWORD}, …)
     */
    record SignedIn(URI callback, List<String> requiredActions) {
    }

    /** Keycloak names the step a form completes in the {@code execution} parameter of its action. */
    private static String requiredAction(URI formAction) {
        for (String parameter : formAction.getRawQuery().split("&")) {
            if (parameter.startsWith("execution=")) {
                return URLDecoder.decode(parameter.substring("execution=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("no execution in the form action " + formAction);
    }

    /** Sends the request and follows redirects as a browser does while they stay on Keycloak. */
    private HttpResponse<String> browse(String keycloakRoot, HttpRequest.Builder request) {
        HttpResponse<String> response = send(request);
        for (int hops = 0; hops < 10; hops++) {
            Optional<String> location = response.headers().firstValue("Location");
            boolean redirect = response.statusCode() == 302 || response.statusCode() == 303;
            if (!redirect || location.isEmpty() || !location.get().startsWith(keycloakRoot)) {
                return response;
            }
            response = send(HttpRequest.newBuilder(URI.create(location.get())).GET());
        }
        throw new IllegalStateException("Keycloak keeps redirecting: " + response.uri());
    }

    private void keep(String setCookie) {
        String nameAndValue = setCookie.split(";", 2)[0];
        int equals = nameAndValue.indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = nameAndValue.substring(0, equals).strip();
        String value = nameAndValue.substring(equals + 1).strip();
        if (value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private static HttpRequest.Builder post(URI action, Map<String, String> fields) {
        return HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    }

    /** The {@code action} of the form with {@code formId}: Keycloak writes a fresh session code into each. */
    private static Optional<URI> formAction(HttpResponse<String> page, String formId) {
        Matcher forms = FORM_TAG.matcher(page.body());
        while (forms.find()) {
            String tag = forms.group();
            Matcher action = ACTION.matcher(tag);
            if (tag.contains("id=\"" + formId + "\"") && action.find()) {
                return Optional.of(URI.create(action.group(1).replace("&amp;", "&")));
            }
        }
        return Optional.empty();
    }

    private static IllegalStateException noForm(String formId, HttpResponse<String> page) {
        return new IllegalStateException("no form " + formId + " on " + page.uri() + ":\n" + page.body());
    }

    private static void expectPage(HttpResponse<String> page, String what) {
        if (page.statusCode() != 200) {
            throw new IllegalStateException("expected " + what + ", got " + page.statusCode() + " "
                    + page.headers().firstValue("Location").orElse("") + " " + page.body());
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = browser.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::keep);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
