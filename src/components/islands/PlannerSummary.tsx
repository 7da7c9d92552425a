/** The home page's line about the plan: what is due today and overdue, with a link to the planner. */
import { useStore } from '@nanostores/preact';
import { $contacts } from '../../stores/planner';
import { $dueToday, $overdue } from '../../stores/plan';
import { href } from '../../paths';

/** Today's count of touches, for the home page. */
export default function PlannerSummary() {
  const contacts = useStore($contacts);
  const dueToday = useStore($dueToday);
  const overdue = useStore($overdue);
  if (contacts.length === 0) {
    return (
      <p>
        Your plan is empty. Add the people you meet, and the planner tells you when to follow up.
      </p>
    );
  }
  const due = dueToday.length;
  return (
    <p class="planner-summary">
      <strong>
        {due === 0
          ? 'Nothing is due today'
          : `${due} ${due === 1 ? 'touch is' : 'touches are'} due today`}
      </strong>
      {overdue.length > 0 &&
        `, and ${overdue.length} ${overdue.length === 1 ? 'is' : 'are'} overdue`}
      . <a href={href('/planner/')}>See what to do</a>
    </p>
  );
}
