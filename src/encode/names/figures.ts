/**
 * Persons of the Cold War whom the archive's translations name without a cue word ("Nasser said …", "talks with
 * Nehru", "NASSER: …"): heads of state and government, party leaders, foreign ministers and UN officials of the
 * period 1945–1991. No maintained npm dataset lists them with their kind (the npm registry's Wikipedia title list,
 * compromise-wikipedia, has no person/place/organisation type), so this is a curated table. Source of every row:
 * the English Wikipedia article whose title is the row's full name (as of 2026); the surname is the form the
 * article uses for the person in running text. Data, not rules: add a row to extend it.
 *
 * A row is `[full name, surname, ...other printed forms]`. The full name and the other forms are matched as printed
 * (diacritics optional, capitals allowed). The surname alone is matched only when no other row shares it, the
 * lexicon knows it as no common word and no gazetteer as a place (names/classify.ts): "Kim", "Castro", "Heath",
 * "Jordan" alone stay untagged.
 */
type Row = [full: string, surname: string, ...forms: string[]]

const ROWS: Row[] = [
  // The Soviet Union.
  ['Joseph Stalin', 'Stalin', 'J. V. Stalin', 'I. V. Stalin'], ['Vyacheslav Molotov', 'Molotov', 'V. M. Molotov'],
  ['Nikita Khrushchev', 'Khrushchev', 'N. S. Khrushchev'], ['Leonid Brezhnev', 'Brezhnev', 'L. I. Brezhnev'],
  ['Alexei Kosygin', 'Kosygin', 'A. N. Kosygin'], ['Andrei Gromyko', 'Gromyko', 'A. A. Gromyko'],
  ['Anastas Mikoyan', 'Mikoyan', 'A. I. Mikoyan'], ['Mikhail Suslov', 'Suslov', 'M. A. Suslov'],
  ['Nikolai Bulganin', 'Bulganin', 'N. A. Bulganin'], ['Georgy Malenkov', 'Malenkov', 'G. M. Malenkov'],
  ['Lavrentiy Beria', 'Beria', 'L. P. Beria'], ['Andrei Vyshinsky', 'Vyshinsky', 'A. Ya. Vyshinsky'],
  ['Yuri Andropov', 'Andropov', 'Yu. V. Andropov'], ['Konstantin Chernenko', 'Chernenko', 'K. U. Chernenko'],
  ['Mikhail Gorbachev', 'Gorbachev', 'M. S. Gorbachev'], ['Eduard Shevardnadze', 'Shevardnadze', 'E. A. Shevardnadze'],
  ['Boris Ponomarev', 'Ponomarev', 'B. N. Ponomarev'], ['Frol Kozlov', 'Kozlov', 'F. R. Kozlov'],
  ['Dmitriy Ustinov', 'Ustinov', 'D. F. Ustinov'], ['Nikolai Podgorny', 'Podgorny', 'N. V. Podgorny'],
  ['Kliment Voroshilov', 'Voroshilov', 'K. E. Voroshilov'], ['Georgy Zhukov', 'Zhukov', 'G. K. Zhukov'],
  ['Lazar Kaganovich', 'Kaganovich'], ['Boris Yeltsin', 'Yeltsin'],
  // Eastern Europe.
  ['Władysław Gomułka', 'Gomułka', 'Gomulka'], ['Edward Gierek', 'Gierek'], ['Wojciech Jaruzelski', 'Jaruzelski'],
  ['Bolesław Bierut', 'Bierut'], ['Józef Cyrankiewicz', 'Cyrankiewicz'], ['Adam Rapacki', 'Rapacki'], ['Lech Wałęsa', 'Wałęsa', 'Walesa'],
  ['Klement Gottwald', 'Gottwald'], ['Antonín Novotný', 'Novotný', 'Novotny'], ['Alexander Dubček', 'Dubček', 'Dubcek'],
  ['Gustáv Husák', 'Husák', 'Husak'], ['Ludvík Svoboda', 'Svoboda'], ['Viliam Široký', 'Široký', 'Siroky'], ['Oldřich Černík', 'Černík', 'Cernik'],
  ['Mátyás Rákosi', 'Rákosi', 'Rakosi'], ['Imre Nagy', 'Nagy'], ['János Kádár', 'Kádár', 'Kadar'], ['Ernő Gerő', 'Gerő', 'Gero'],
  ['Walter Ulbricht', 'Ulbricht'], ['Erich Honecker', 'Honecker'], ['Otto Grotewohl', 'Grotewohl'], ['Wilhelm Pieck', 'Pieck'],
  ['Gheorghe Gheorghiu-Dej', 'Gheorghiu-Dej'], ['Nicolae Ceaușescu', 'Ceaușescu', 'Ceausescu', 'Ceauşescu'], ['Ion Gheorghe Maurer', 'Maurer'],
  ['Todor Zhivkov', 'Zhivkov', 'T. Zhivkov'], ['Georgi Dimitrov', 'Dimitrov'], ['Valko Chervenkov', 'Chervenkov'],
  ['Enver Hoxha', 'Hoxha'], ['Mehmet Shehu', 'Shehu'], ['Ramiz Alia', 'Alia'],
  ['Josip Broz Tito', 'Tito'], ['Edvard Kardelj', 'Kardelj'], ['Aleksandar Ranković', 'Ranković', 'Rankovic'], ['Milovan Đilas', 'Đilas', 'Djilas'],
  // East Asia.
  ['Mao Zedong', 'Mao', 'Mao Tse-tung', 'Mao Tsetung'], ['Zhou Enlai', 'Zhou', 'Chou En-lai'], ['Liu Shaoqi', 'Liu', 'Liu Shao-chi'],
  ['Deng Xiaoping', 'Deng', 'Teng Hsiao-ping'], ['Lin Biao', 'Lin', 'Lin Piao'], ['Chen Yi (marshal)', 'Chen', 'Chen Yi'],
  ['Peng Dehuai', 'Peng', 'Peng Te-huai'], ['Zhu De', 'Zhu', 'Chu Teh'], ['Hua Guofeng', 'Hua'], ['Kang Sheng', 'Kang'],
  ['Chiang Kai-shek', 'Chiang'], ['Chiang Ching-kuo', 'Chiang'], ['Kim Il Sung', 'Kim', 'Kim Il-sung'], ['Kim Jong Il', 'Kim', 'Kim Jong-il'],
  ['Syngman Rhee', 'Rhee'], ['Park Chung Hee', 'Park', 'Park Chung-hee'], ['Pak Hon-yong', 'Pak', 'Pak Hon Yong'],
  ['Shigeru Yoshida', 'Yoshida'], ['Eisaku Satō', 'Satō', 'Sato'],
  ['Tsedenbal', 'Tsedenbal', 'Yumjaagiin Tsedenbal', 'Yu. Tsedenbal'], ['Khorloogiin Choibalsan', 'Choibalsan'],
  // Southeast and South Asia.
  ['Ho Chi Minh', 'Ho', 'Hồ Chí Minh'], ['Lê Duẩn', 'Lê Duẩn', 'Le Duan'], ['Phạm Văn Đồng', 'Phạm Văn Đồng', 'Pham Van Dong'],
  ['Võ Nguyên Giáp', 'Giáp', 'Vo Nguyen Giap', 'Giap'], ['Ngo Dinh Diem', 'Diem', 'Ngô Đình Diệm'], ['Norodom Sihanouk', 'Sihanouk'],
  ['Sukarno', 'Sukarno'], ['Suharto', 'Suharto'], ['U Nu', 'Nu'], ['U Thant', 'Thant'], ['Ne Win', 'Win'],
  ['Jawaharlal Nehru', 'Nehru'], ['Indira Gandhi', 'Gandhi'], ['V. K. Krishna Menon', 'Menon', 'Krishna Menon'],
  ['Lal Bahadur Shastri', 'Shastri'], ['Muhammad Ayub Khan', 'Khan', 'Ayub Khan'], ['Zulfikar Ali Bhutto', 'Bhutto'],
  ['Yahya Khan', 'Khan'], ['Sheikh Mujibur Rahman', 'Rahman', 'Mujibur Rahman'], ['Sirimavo Bandaranaike', 'Bandaranaike'],
  // The Middle East and Africa.
  ['Gamal Abdel Nasser', 'Nasser', 'Abdel Nasser'], ['Anwar Sadat', 'Sadat', 'Anwar el-Sadat'], ['David Ben-Gurion', 'Ben-Gurion'],
  ['Golda Meir', 'Meir'], ['Mohammad Mosaddegh', 'Mosaddegh', 'Mossadegh'], ['Mohammad Reza Pahlavi', 'Pahlavi'],
  ['Ruhollah Khomeini', 'Khomeini'], ['Saddam Hussein', 'Hussein'], ['Hafez al-Assad', 'Assad'], ['Yasser Arafat', 'Arafat'],
  ['Abd al-Karim Qasim', 'Qasim', 'Kassem'], ['Muammar Gaddafi', 'Gaddafi', 'Qaddafi'], ['Ahmed Ben Bella', 'Ben Bella'],
  ['Houari Boumédiène', 'Boumédiène', 'Boumediene'], ['Habib Bourguiba', 'Bourguiba'],
  ['Patrice Lumumba', 'Lumumba'], ['Joseph Kasa-Vubu', 'Kasa-Vubu', 'Kasavubu'], ['Moïse Tshombe', 'Tshombe'],
  ['Mobutu Sese Seko', 'Mobutu', 'Joseph Mobutu'], ['Kwame Nkrumah', 'Nkrumah'], ['Ahmed Sékou Touré', 'Touré', 'Sékou Touré', 'Sekou Toure'],
  ['Modibo Keïta', 'Keïta', 'Keita'], ['Julius Nyerere', 'Nyerere'], ['Jomo Kenyatta', 'Kenyatta'], ['Haile Selassie', 'Selassie'],
  ['Mengistu Haile Mariam', 'Mengistu'], ['Agostinho Neto', 'Neto'], ['Samora Machel', 'Machel'], ['Nelson Mandela', 'Mandela'],
  ['Gamal Abdel Hakim Amer', 'Amer', 'Abdel Hakim Amer'],
  // The Americas.
  ['Fidel Castro', 'Castro', 'Fidel Castro Ruz'], ['Raúl Castro', 'Castro'], ['Che Guevara', 'Guevara', 'Ernesto Guevara'], ['Osvaldo Dorticós Torrado', 'Dorticós', 'Osvaldo Dorticós', 'Dorticos'],
  ['Salvador Allende', 'Allende'], ['Augusto Pinochet', 'Pinochet'], ['João Goulart', 'Goulart'], ['Juan Perón', 'Perón', 'Peron'],
  ['Daniel Ortega', 'Ortega'], ['Harry S. Truman', 'Truman', 'Harry Truman'], ['Dwight D. Eisenhower', 'Eisenhower'],
  ['John F. Kennedy', 'Kennedy'], ['Robert F. Kennedy', 'Kennedy'], ['Lyndon B. Johnson', 'Johnson'], ['Richard Nixon', 'Nixon'],
  ['Gerald Ford', 'Ford'], ['Jimmy Carter', 'Carter'], ['Ronald Reagan', 'Reagan'], ['George H. W. Bush', 'Bush'],
  ['Dean Acheson', 'Acheson'], ['John Foster Dulles', 'Dulles'], ['Dean Rusk', 'Rusk'], ['Henry Kissinger', 'Kissinger'],
  ['Robert McNamara', 'McNamara'], ['Zbigniew Brzezinski', 'Brzezinski'], ['Cyrus Vance', 'Vance'], ['George Shultz', 'Shultz'],
  ['James Baker', 'Baker'], ['Averell Harriman', 'Harriman'], ['Adlai Stevenson II', 'Stevenson', 'Adlai Stevenson'],
  ['Ralph Bunche', 'Bunche'], ['Lester B. Pearson', 'Pearson'], ['Pierre Trudeau', 'Trudeau'],
  // Western Europe.
  ['Winston Churchill', 'Churchill'], ['Clement Attlee', 'Attlee'], ['Anthony Eden', 'Eden'], ['Harold Macmillan', 'Macmillan'],
  ['Harold Wilson', 'Wilson'], ['Edward Heath', 'Heath'], ['Margaret Thatcher', 'Thatcher'], ['Ernest Bevin', 'Bevin'],
  ['Charles de Gaulle', 'de Gaulle', 'De Gaulle'], ['Georges Pompidou', 'Pompidou'], ['François Mitterrand', 'Mitterrand'],
  ['Konrad Adenauer', 'Adenauer'], ['Willy Brandt', 'Brandt'], ['Helmut Schmidt', 'Schmidt'], ['Helmut Kohl', 'Kohl'],
  ['Hans-Dietrich Genscher', 'Genscher'], ['Palmiro Togliatti', 'Togliatti'], ['Enrico Berlinguer', 'Berlinguer'],
  ['Luigi Longo', 'Longo'], ['Aldo Moro', 'Moro'], ['Amintore Fanfani', 'Fanfani'], ['Maurice Thorez', 'Thorez'],
  ['Santiago Carrillo', 'Carrillo'], ['Francisco Franco', 'Franco'], ['Urho Kekkonen', 'Kekkonen'], ['Olof Palme', 'Palme'],
  ['Bruno Kreisky', 'Kreisky'], ['Andreas Papandreou', 'Papandreou'], ['Makarios III', 'Makarios'],
  // The United Nations.
  ['Trygve Lie', 'Lie'], ['Dag Hammarskjöld', 'Hammarskjöld', 'Hammarskjold', 'Hammarskjoeld'], ['Kurt Waldheim', 'Waldheim'],
  ['Javier Pérez de Cuéllar', 'Pérez de Cuéllar', 'Perez de Cuellar']
]

/**
 * Surnames that many persons of the period share (common in their language, or held by two heads of state):
 * printed alone they name no one for sure, so only the full name is matched.
 */
const NOT_ALONE = new Set(['nagy', 'svoboda', 'dimitrov', 'kozlov', 'zhukov', 'hussein', 'khan', 'rahman', 'gandhi', 'johnson', 'baker', 'carter',
  'ford', 'wilson', 'franco', 'vance', 'schmidt', 'stevenson', 'pearson', 'moro', 'longo', 'neto', 'meir', 'amer', 'alia', 'maurer', 'eden',
  'heath', 'palme', 'chen', 'kang', 'peng', 'zhu', 'liu', 'lin', 'hua', 'park', 'pak', 'win', 'nu', 'lie', 'ho', 'kim', 'shastri', 'menon', 'diem'])

/** A known figure: the register's name (the article title without a disambiguating parenthesis) and the surname. */
export interface Figure {
  name: string
  /** The surname as the row prints it ("Nasser", "Mao"). */
  surname: string
}

/** Lower case without diacritics: "Gomułka", "GOMULKA" and "Gomulka" are one key ("ł" has no decomposition). */
export const foldName = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ')

let full: Map<string, Figure> | undefined
let surnames: Map<string, Figure | null> | undefined

function build(): void {
  full = new Map()
  surnames = new Map()
  for (const [title, surname, ...forms] of ROWS) {
    const figure: Figure = {name: title.replace(/ \(.*\)$/, ''), surname}
    for (const f of [figure.name, ...forms]) if (/\s|-/.test(f) || f === figure.name) full.set(foldName(f), figure)
    for (const f of [surname, ...forms.filter((x) => !/\s/.test(x))]) {
      const k = foldName(f)
      if (NOT_ALONE.has(k)) continue
      // A surname two figures share names neither alone.
      const seen = surnames.get(k)
      surnames.set(k, seen === undefined || seen === figure ? figure : null)
    }
  }
}

/** The figure a printed full name denotes ("Gamal Abdel Nasser", "NIKITA KHRUSHCHEV", "Chou En-lai"), or undefined. */
export function lookupFigure(printed: string): Figure | undefined {
  if (!full) build()
  return full?.get(foldName(printed))
}

/**
 * The figure a printed surname alone denotes ("Nasser", "NEHRU", "Gomulka"), or undefined when no row or more than
 * one row has it. The caller vetoes common words and places.
 */
export function lookupFigureSurname(printed: string): Figure | undefined {
  if (!surnames) build()
  return surnames?.get(foldName(printed)) ?? undefined
}
