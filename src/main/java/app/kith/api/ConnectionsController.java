package app.kith.api;

import app.kith.connections.Connection;
import app.kith.connections.ConnectionService;
import app.kith.shared.AccountId;
import app.kith.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/connections}: who knows whom. */
@RestController
@RequestMapping(Api.V1 + "/connections")
@Tag(name = "connections")
class ConnectionsController {
    private final ConnectionService connections;

    ConnectionsController(ConnectionService connections) {
        this.connections = connections;
    }

    @GetMapping
    @Operation(summary = "List connections, all or one person's")
    Page<Connection> list(@AuthenticationPrincipal AccountId account,
                          @RequestParam(required = false) String person,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = Api.DEFAULT_SIZE) int size) {
        return connections.list(account, person, Api.page(page, size));
    }

    @PostMapping
    @Operation(summary = "Connect two people (connecting them again with the same kind updates that connection)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Connection> create(@AuthenticationPrincipal AccountId account,
                                      @RequestBody ConnectionRequest body) {
        Connection connection = connections.connect(account, body.changes());
        return Api.created("/connections/" + connection.id(), connection);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One connection")
    Connection get(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        return connections.get(account, id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a connection's kind, strength or note")
    Connection update(@AuthenticationPrincipal AccountId account, @PathVariable String id,
                      @RequestBody ConnectionRequest body) {
        return connections.update(account, id, body.changes());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a connection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountId account, @PathVariable String id) {
        connections.delete(account, id);
    }
}
