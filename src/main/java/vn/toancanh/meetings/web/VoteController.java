package vn.toancanh.meetings.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.meetings.MeetingService;
import vn.toancanh.meetings.VoteChoice;
import vn.toancanh.meetings.VoteResult;
import vn.toancanh.meetings.VoteService;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;

/** Votes: the chair opens and closes them, attendees vote, and the result shows on a large screen. */
@Controller
@RequestMapping("/meetings/items/{itemId}")
@PreAuthorize("isAuthenticated()")
class VoteController {

    private final MeetingService meetings;
    private final VoteService votes;

    VoteController(MeetingService meetings, VoteService votes) {
        this.meetings = meetings;
        this.votes = votes;
    }

    @PostMapping("/vote/open")
    String open(@PathVariable long itemId, RedirectAttributes flash) {
        return act(itemId, flash, () -> votes.open(itemId));
    }

    @PostMapping("/vote/close")
    String close(@PathVariable long itemId, RedirectAttributes flash) {
        act(itemId, flash, () -> votes.close(itemId));
        return "redirect:/meetings/items/" + itemId + "/result";
    }

    @PostMapping("/vote")
    String cast(@PathVariable long itemId, @RequestParam VoteChoice choice, RedirectAttributes flash) {
        return act(itemId, flash, () -> votes.cast(itemId, choice));
    }

    /** The wall-style result page, readable from the back of the hall; it refreshes itself while the vote is open. */
    @GetMapping("/result")
    String result(@PathVariable long itemId, Model model) {
        VoteResult r = votes.result(itemId);
        model.addAttribute("r", r);
        return "meetings/result";
    }

    private String act(long itemId, RedirectAttributes flash, Runnable action) {
        long sessionId = meetings.item(itemId).sessionId();
        try {
            action.run();
            flash.addFlashAttribute("voteDone", itemId);
        } catch (ConflictException e) {
            flash.addFlashAttribute("voteError", e.reason());
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("voteError", e.problems().get(0).reason());
        }
        return "redirect:/meetings/" + sessionId + "#item-" + itemId;
    }
}
