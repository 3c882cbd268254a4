package vn.toancanh.exchange.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.toancanh.exchange.internal.ClientInput;
import vn.toancanh.exchange.internal.ClientService;
import vn.toancanh.exchange.internal.ClientView;
import vn.toancanh.exchange.internal.DeliveryView;
import vn.toancanh.exchange.internal.EndpointFamily;
import vn.toancanh.exchange.internal.KeyInput;
import vn.toancanh.exchange.internal.SubscriptionService;
import vn.toancanh.exchange.internal.SubscriptionView;
import vn.toancanh.shared.PageFormats;

/** The model of a client's page: its details, keys, subscriptions with their recent deliveries and dead letters. */
@Component
class ClientPage {

    private final ClientService clients;
    private final SubscriptionService subscriptions;

    ClientPage(ClientService clients, SubscriptionService subscriptions) {
        this.clients = clients;
        this.subscriptions = subscriptions;
    }

    String render(
            long id,
            @Nullable ClientInput clientForm,
            @Nullable KeyInput keyForm,
            Map<String, String> errors,
            Model model) {
        ClientView client = clients.client(id);
        model.addAttribute("client", client);
        model.addAttribute(
                "form",
                clientForm != null
                        ? clientForm
                        : new ClientInput(
                                client.name(),
                                client.ownerUnit(),
                                client.contactName(),
                                client.contactEmail(),
                                client.contactPhone(),
                                client.description(),
                                client.active()));
        model.addAttribute(
                "keyForm",
                keyForm != null
                        ? keyForm
                        : new KeyInput(
                                true,
                                false,
                                "",
                                "",
                                List.of(),
                                LocalDate.now().plusYears(1).toString(),
                                120));
        model.addAttribute("keys", clients.keys(id));
        List<SubscriptionView> subs = subscriptions.ofClient(id);
        Map<Long, List<DeliveryView>> recent = new LinkedHashMap<>();
        Map<Long, List<DeliveryView>> dead = new LinkedHashMap<>();
        for (SubscriptionView s : subs) {
            recent.put(s.id(), subscriptions.deliveries(s.id(), null, 10));
            dead.put(s.id(), subscriptions.deliveries(s.id(), "DEAD", 50));
        }
        model.addAttribute("subscriptions", subs);
        model.addAttribute("recent", recent);
        model.addAttribute("dead", dead);
        model.addAttribute("families", List.of(EndpointFamily.values()));
        model.addAttribute("errors", errors);
        model.addAttribute("fmt", PageFormats.INSTANCE);
        return "exchange/client";
    }
}
