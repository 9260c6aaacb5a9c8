import { useState } from 'react';

export const MAX_SEARCH_LENGTH = 200;

interface Props {
  /** The search in the URL. Remount with `key={value}` to follow back/forward. */
  value: string;
  label: string;
  placeholder?: string;
  onSearch: (value: string) => void;
}

/** A search form: typing stays local, submitting (Enter or the button) changes the URL once. */
export function SearchBox({ value, label, placeholder, onSearch }: Props) {
  const [draft, setDraft] = useState(value);
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft.trim());
      }}
    >
      <label>
        <span className="visually-hidden">{label}</span>
        <input
          type="search"
          value={draft}
          // The API refuses longer searches (text-query.ts); the box stops typing there.
          maxLength={MAX_SEARCH_LENGTH}
          placeholder={placeholder}
          onChange={(event) => setDraft(event.target.value)}
        />
      </label>
      <button type="submit">Buscar</button>
    </form>
  );
}
