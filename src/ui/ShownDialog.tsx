import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog shown as it mounts, for the header's dialogs fetched on demand (About this map,
 * Export data, Share): its heading's id names it, its last line closes it, `onClose` when it is
 * closed (the button, Escape). `status` is the line that says what an action did, if any.
 */
export function ShownDialog({
  className,
  labelledBy,
  closeLabel,
  status,
  onClose,
  children,
}: {
  className: string;
  labelledBy: string;
  closeLabel: string;
  status?: { kind: 'info' | 'error'; text: string } | null;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className={className} aria-labelledby={labelledBy} onClose={onClose}>
      {children}
      {status !== undefined && (
        <p role="status" className={`export-status${status?.kind === 'error' ? ' error' : ''}`}>
          {status?.text ?? ''}
        </p>
      )}
      <form method="dialog">
        <button type="submit" autoFocus={status === undefined}>
          {closeLabel}
        </button>
      </form>
    </dialog>
  );
}
