import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { SearchSuggestionsDocument } from '../graphql/generated/graphql';

/** "¿Quisiste decir…?" under a search that found nothing: the archive's closest words and names. */
export function SearchSuggestions({
  search,
  linkTo,
}: {
  search: string;
  linkTo: (search: string) => string;
}) {
  const { data } = useQuery(SearchSuggestionsDocument, { variables: { search } });
  const suggestions = data?.searchSuggestions ?? [];
  if (suggestions.length === 0) return null;
  return (
    <p className="suggestions">
      ¿Quisiste decir{' '}
      {suggestions.map((suggestion, i) => (
        <Fragment key={suggestion}>
          {i > 0 && (i === suggestions.length - 1 ? ' o ' : ', ')}
          <Link to={linkTo(suggestion)}>{suggestion}</Link>
        </Fragment>
      ))}
      ?
    </p>
  );
}
