package app.kith.api;

import app.kith.accounts.ApiToken;
import app.kith.accounts.NewApiToken;
import app.kith.accounts.TokenService;
import app.kith.shared.AccountId;
import app.kith.shared.NotFoundException;
import app.kith.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tokens}: the account's API tokens. Secrets are shown once, when a token is created. */
@RestController
@RequestMapping(Api.V1 + "/tokens")
@Tag(name = "tokens")
class TokensController {
    private final TokenService tokens;

    TokensController(TokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "List tokens, newest first (never their secrets)")
    Page<ApiToken> list(@AuthenticationPrincipal AccountId account,
                        @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        return Api.slice(tokens.list(account), Api.page(page, size));
    }

    @PostMapping
    @Operation(summary = "Create a token; its secret is in this answer and nowhere else, ever")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<NewApiToken> create(@AuthenticationPrincipal AccountId account,
                                       @RequestBody(required = false) TokenRequest body) {
        NewApiToken created = tokens.create(account, body == null ? null : body.name());
        return Api.created("/tokens/" + created.id(), created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One token (never its secret)")
    ApiToken get(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return tokens.list(account).stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("token", id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token: it stops working at once")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        tokens.revoke(account, id);
    }
}
