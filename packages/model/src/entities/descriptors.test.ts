import { describe, expect, it } from 'vitest';
import { descriptorsAt, tiesOfPhrase } from './descriptors.js';

const rolesOf = (text: string, name: string, isPerson = true) => {
  const start = text.indexOf(name);
  return descriptorsAt(text, start, start + name.length, isPerson);
};

describe('roles stated next to a name', () => {
  it('reads an apposition before the name', () => {
    expect(rolesOf('El presidente de Chile, Tomás Elizalde, llegó.', 'Tomás Elizalde')).toEqual([
      'presidente de Chile',
    ]);
    expect(rolesOf('Lo dijo el ministro de Pesca peruano, Luis Mar, ayer.', 'Luis Mar')).toEqual([
      'ministro de Pesca peruano',
    ]);
    expect(rolesOf('Otra abogada, Marta Oyarzún, lo negó.', 'Marta Oyarzún')).toEqual(['abogada']);
  });

  it('reads a role holding a long body name, an office adjective or a determiner', () => {
    expect(
      rolesOf(
        'Habló Rita Gómez, directora legal de la Liga Mexicana de Defensa de los Derechos del Peatón de Oaxaca.',
        'Rita Gómez',
      ),
    ).toEqual(['directora legal de la Liga Mexicana de Defensa de los Derechos del Peatón de Oaxaca']);
    expect(rolesOf('Lo dijo Eva Paz, jefa de la Liga Vial (LV, por sus siglas), ayer.', 'Eva Paz')).toEqual([
      'jefa de la Liga Vial',
    ]);
    expect(rolesOf('Lo dijo Hugo Rosas, director General de los Servicios Viales.', 'Hugo Rosas')).toEqual([
      'director General de los Servicios Viales',
    ]);
    expect(rolesOf('El vocero de esta Comisión Lechera, Iván Solís, opinó.', 'Iván Solís')).toEqual([
      'vocero de esta Comisión Lechera',
    ]);
  });

  it('reads a role right before the name', () => {
    expect(rolesOf('Se reunió con el presidente ruso Ilyá Sorokin.', 'Ilyá Sorokin')).toEqual([
      'presidente ruso',
    ]);
    expect(rolesOf('la reforma del presidente Tomás Elizalde avanza', 'Tomás Elizalde')).toEqual([
      'presidente',
    ]);
    expect(rolesOf('Lo publicó la petrolera rusa Volganeft.', 'Volganeft', false)).toEqual([
      'petrolera rusa',
    ]);
  });

  it('reads an apposition after the name up to the clause that follows', () => {
    const text = 'afirmó Ana Sol, representante en Perú de la Cruz Verde, que el plan falla.';
    expect(rolesOf(text, 'Ana Sol')).toEqual(['representante en Perú de la Cruz Verde']);
    const party = 'Luis Mar, presidente del Partido Azul (PA), rechazó la oferta.';
    expect(rolesOf(party, 'Luis Mar')).toEqual(['presidente del Partido Azul']);
  });

  it('does not take another person’s name into a role', () => {
    expect(rolesOf('según el abogado Luis Mar, Ana Sol saldrá pronto.', 'Ana Sol')).toEqual([]);
  });

  it('does not take a verb for a role’s adjective', () => {
    expect(rolesOf('El presidente habló hoy con Ana Sol.', 'Ana Sol')).toEqual([]);
  });

  it('does not give one of several coordinated names the role of all', () => {
    expect(rolesOf('Los reyes de Suecia, Carlos y Silvia, llegaron.', 'Carlos')).toEqual([]);
  });
});

describe('what a role ties its holder to', () => {
  it('reads places by demonym or `de`, and parties by affiliation', () => {
    expect(tiesOfPhrase('presidente de Rusia')).toContain('rusia');
    expect(tiesOfPhrase('mandatario kazajo')).toContain('kazajistan');
    expect(tiesOfPhrase('dirigente panista')).toContain('pan');
    expect(tiesOfPhrase('líder estatal del PRI')).toContain('pri');
  });
});

describe('role phrases that are clauses', () => {
  it('never reads a clause as a role', () => {
    // A verb after the pronoun `se`: the phrase before the name is a clause.
    expect(
      rolesOf(
        'después de que la cantante de Marea se separara de su antiguo socio, Iván Rubio.',
        'Iván Rubio',
      ),
    ).toEqual([]);
    // A bare role and a verb after the name open a new clause.
    expect(rolesOf('Según un informe de Petrolandia, el ministro anunció cambios.', 'Petrolandia')).toEqual(
      [],
    );
    expect(rolesOf('Frente a la defensa de Lidia Soto, el fiscal se adelantó.', 'Lidia Soto')).toEqual([]);
    // With its article, a longer phrase before a verb is the subject of a new clause.
    expect(rolesOf('Según contó Rita, la directora del colegio reclamaba silencio.', 'Rita')).toEqual([]);
    // A longer apposition that runs into a verb ends before it.
    expect(rolesOf('Raúl Vega, portavoz del sindicato minero explicó la huelga.', 'Raúl Vega')).toEqual([
      'portavoz del sindicato minero',
    ]);
  });

  it('leaves a `su` apposition followed by another name to that name', () => {
    const text = 'Llegó el abogado Julio Serna, su hija, Elena Serna, y varios amigos.';
    expect(rolesOf(text, 'Julio Serna')).toEqual(['abogado']);
    expect(rolesOf(text, 'Elena Serna')).toEqual(['hija']);
    expect(rolesOf('Llegó con Marta Gil, su esposa.', 'Marta Gil')).toEqual(['esposa']);
  });

  it('reads police ranks as roles', () => {
    expect(rolesOf('Lo detuvo el subinspector Ramón Gil en la frontera.', 'Ramón Gil')).toEqual([
      'subinspector',
    ]);
  });

  it('takes `primer` as a role only before another role noun', () => {
    expect(rolesOf('En su primer viaje oficial, Nuria Paz visitó Lima.', 'Nuria Paz')).toEqual([]);
    expect(rolesOf('El primer ministro sueco, Olof Berg, llegó.', 'Olof Berg')).toEqual([
      'primer ministro sueco',
    ]);
  });
});
