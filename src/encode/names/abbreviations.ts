/**
 * Abbreviations of bodies and states of the socialist world and the Cold War that appear in this archive's
 * translations and that no gazetteer or lexicon lists. Data (form → kind and expansion); add a row to extend.
 * Abbreviations a text defines itself ("Worker’s Party of Korea (KWP)") need no row.
 */
export const ABBREVIATIONS: Record<string, {kind: 'orgs' | 'places'; name: string}> = {
  CPSU: {kind: 'orgs', name: 'Communist Party of the Soviet Union'},
  'CPSU CC': {kind: 'orgs', name: 'Central Committee of the Communist Party of the Soviet Union'},
  'CC CPSU': {kind: 'orgs', name: 'Central Committee of the Communist Party of the Soviet Union'},
  KWP: {kind: 'orgs', name: 'Workers’ Party of Korea'},
  'KWP CC': {kind: 'orgs', name: 'Central Committee of the Workers’ Party of Korea'},
  CCP: {kind: 'orgs', name: 'Chinese Communist Party'},
  CPC: {kind: 'orgs', name: 'Communist Party of China'},
  'CCP CC': {kind: 'orgs', name: 'Central Committee of the Chinese Communist Party'},
  SED: {kind: 'orgs', name: 'Socialist Unity Party of Germany'},
  PUWP: {kind: 'orgs', name: 'Polish United Workers’ Party'},
  MFA: {kind: 'orgs', name: 'Ministry of Foreign Affairs'},
  MID: {kind: 'orgs', name: 'Ministry of Foreign Affairs (USSR)'},
  KGB: {kind: 'orgs', name: 'Committee for State Security (USSR)'},
  CMEA: {kind: 'orgs', name: 'Council for Mutual Economic Assistance'},
  Comecon: {kind: 'orgs', name: 'Council for Mutual Economic Assistance'},
  UN: {kind: 'orgs', name: 'United Nations'},
  'U.N.': {kind: 'orgs', name: 'United Nations'},
  UNO: {kind: 'orgs', name: 'United Nations'},
  'U.N.O.': {kind: 'orgs', name: 'United Nations'},
  NATO: {kind: 'orgs', name: 'North Atlantic Treaty Organization'},
  EU: {kind: 'orgs', name: 'European Union'},
  EEC: {kind: 'orgs', name: 'European Economic Community'},
  IMF: {kind: 'orgs', name: 'International Monetary Fund'},
  EBRD: {kind: 'orgs', name: 'European Bank for Reconstruction and Development'},
  CIS: {kind: 'orgs', name: 'Commonwealth of Independent States'},
  CWIHP: {kind: 'orgs', name: 'Cold War International History Project'},
  NKIDP: {kind: 'orgs', name: 'North Korea International Documentation Project'},
  TASS: {kind: 'orgs', name: 'Telegraph Agency of the Soviet Union'},
  KCNA: {kind: 'orgs', name: 'Korean Central News Agency'},
  // Cuban ministries as the archive's Cuban and Eastern-bloc telegrams print them.
  Minfar: {kind: 'orgs', name: 'Ministry of the Revolutionary Armed Forces'},
  MINFAR: {kind: 'orgs', name: 'Ministry of the Revolutionary Armed Forces'},
  Minrex: {kind: 'orgs', name: 'Ministry of Foreign Relations (Cuba)'},
  MINREX: {kind: 'orgs', name: 'Ministry of Foreign Relations (Cuba)'},
  // West German federal ministries and offices in the Chancellery's records.
  AA: {kind: 'orgs', name: 'Auswärtiges Amt (Federal Foreign Office)'},
  BMF: {kind: 'orgs', name: 'Federal Ministry of Finance'},
  BMZ: {kind: 'orgs', name: 'Federal Ministry for Economic Cooperation and Development'},
  BMWi: {kind: 'orgs', name: 'Federal Ministry of Economics'},
  BMVg: {kind: 'orgs', name: 'Federal Ministry of Defence'},
  BND: {kind: 'orgs', name: 'Federal Intelligence Service'}
}
