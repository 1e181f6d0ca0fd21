import { useT } from './i18n';
import { useAtlas } from './store-context';

/** What stopped the data from loading, one row per problem, located by file, record and field. */
export function DataErrorPanel() {
  const { t, say } = useT();
  const issues = useAtlas((s) => s.dataIssues);
  // The problems are kept as messages and put into words here, in the language in use.
  useAtlas((s) => s.language);
  return (
    <section className="data-errors" role="alert" aria-labelledby="data-errors-heading">
      <h2 id="data-errors-heading">{t('errors.title')}</h2>
      <p>{t('errors.intro')}</p>
      <p>
        <strong>{t('errors.count', { count: issues.length })}</strong>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('errors.file')}</th>
            <th scope="col">{t('errors.record')}</th>
            <th scope="col">{t('errors.field')}</th>
            <th scope="col">{t('errors.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i}>
              <td>
                <code>{issue.file}</code>
              </td>
              <td>{issue.record ? <code>{issue.record}</code> : t('errors.wholeFile')}</td>
              <td>{issue.field ? <code>{issue.field}</code> : t('errors.wholeRecord')}</td>
              <td>{say(issue.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
