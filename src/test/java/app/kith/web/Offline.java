package app.kith.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a browser offline and back as DevTools' "Offline" box does: its page and its service workers,
 * including one that starts later. ChromeDriver's CDP command reaches only the page; a worker's own
 * requests would still go out, so this also speaks the DevTools protocol to the browser directly and
 * sets the same network conditions on every service worker it attaches to. Close it to detach.
 */
final class Offline implements AutoCloseable, WebSocket.Listener {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration ANSWER = Duration.ofSeconds(10);

    private final ChromeDriver browser;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
    private final Set<String> workers = ConcurrentHashMap.newKeySet();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private volatile boolean offline;

    private Offline(ChromeDriver browser) {
        this.browser = browser;
        String endpoint = (String) browser.getCapabilities().getCapability("se:cdp");
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(endpoint), this).join();
    }

    /** Attaches to the browser and to every service worker it runs, now or later. */
    static Offline of(ChromeDriver browser) {
        Offline offline = new Offline(browser);
        offline.call(null, "Target.setAutoAttach", Map.of("autoAttach", true, "waitForDebuggerOnStart", true,
                "flatten", true, "filter", new Object[] {Map.of("type", "service_worker", "exclude", false),
                        Map.of("exclude", true)}));
        return offline;
    }

    /** Cuts (true) or restores (false) the network for the page and the service workers. */
    void set(boolean off) {
        offline = off;
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", conditions());
        workers.forEach(this::emulate);
    }

    private void emulate(String session) {
        call(session, "Network.enable", Map.of());
        call(session, "Network.emulateNetworkConditions", conditions());
    }

    private Map<String, Object> conditions() {
        return Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1);
    }

    private JsonNode call(String session, String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        synchronized (socket) {
            socket.sendText(JSON.writeValueAsString(message), true).join();
        }
        try {
            JsonNode reply = answer.get(ANSWER.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + " failed: " + reply.get("error"));
            }
            return reply;
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer", e);
        } finally {
            answers.remove(id);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonNode message = JSON.readTree(partial.toString());
            partial.setLength(0);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = answers.get(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            } else if ("Target.attachedToTarget".equals(message.path("method").asString())) {
                String session = message.get("params").get("sessionId").asString();
                workers.add(session);
                // A new worker waits until its network is set; not on this thread, where the answers arrive.
                CompletableFuture.runAsync(() -> {
                    emulate(session);
                    call(session, "Runtime.runIfWaitingForDebugger", Map.of());
                });
            } else if ("Target.detachedFromTarget".equals(message.path("method").asString())) {
                workers.remove(message.get("params").get("sessionId").asString());
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }
}
