// The same kind of story as texts.ts, written as agencies deliver it: IPTC ninjs 2.x and NewsML-G2.

export interface Story {
  date: string;
  title: string;
  paragraphs: string[];
  place?: string;
  agency?: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function ninjsDocument(story: Story): string {
  return JSON.stringify(
    {
      uri: `urn:teletipo:prueba:${encodeURIComponent(story.title)}`,
      type: 'text',
      language: 'es',
      versioncreated: `${story.date}T09:00:00+01:00`,
      ...(story.place && { located: story.place }),
      ...(story.agency && { infosources: [{ name: story.agency }] }),
      headlines: [{ role: 'main', value: story.title }],
      bodies: [
        {
          role: 'main',
          contenttype: 'text/html',
          value: story.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n'),
        },
      ],
    },
    null,
    2,
  );
}

export function newsmlDocument(story: Story): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:teletipo:prueba" version="1" standard="NewsML-G2" standardversion="2.33">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    ${story.agency ? `<provider literal="${escapeXml(story.agency)}"/>` : ''}
    <versionCreated>${story.date}T09:00:00+01:00</versionCreated>
  </itemMeta>
  <contentMeta>
    ${story.place ? `<located><name>${escapeXml(story.place)}</name></located>` : ''}
    <headline>${escapeXml(story.title)}</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/nitf+xml">
      <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content>
        ${story.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n        ')}
      </body.content></body></nitf>
    </inlineXML>
  </contentSet>
</newsItem>
`;
}

export const faro: Story = {
  date: '2024-04-08',
  title: 'Un faro de Lugo se convierte en museo',
  place: 'Lugo',
  agency: 'EFE',
  paragraphs: [
    'Lugo, 8 abr (EFE).- El antiguo faro de la costa de Lugo abrirá en mayo como museo del mar, según anunció la diputación.',
    'La reforma costó 2,5 millones de euros.',
  ],
};

/** No dateline in the text: the place and agency are only in the metadata. */
export const mercado: Story = {
  date: '2024-04-09',
  title: 'El mercado de Tarragona amplía su horario',
  place: 'Tarragona',
  agency: 'EFE',
  paragraphs: ['El mercado central de Tarragona abrirá también los domingos por la mañana desde junio.'],
};
