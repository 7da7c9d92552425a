/** A reminder to save a backup, shown when the student has contacts and no backup in the last week. */
import { useStore } from '@nanostores/preact';
import { href } from '../../paths';
import { $backupReminderDue, $storageStatus } from '../../stores/backupStatus';

/** The backup reminder for the home and planner pages; renders nothing when no backup is due. */
export default function BackupReminder() {
  const due = useStore($backupReminderDue);
  const status = useStore($storageStatus);
  if (!due) return null;
  return (
    <p class="notice notice--warn no-print">
      {status.lastBackupOn === null
        ? 'You have never saved a backup of your plan.'
        : 'It has been more than a week since your last backup.'}{' '}
      Your plan lives only in this browser. <a href={href('/planner/data/')}>Save a backup now</a>
    </p>
  );
}
