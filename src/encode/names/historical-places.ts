/**
 * Places under the names the Cold War documents print, which current gazetteers (city-timezones, countries-list) do
 * not keep: former city names and spellings ("Calcutta", "Léopoldville", "Sverdlovsk", "Tientsin"), German and other
 * exonyms of the period ("Stettin", "Salonika"), and regions the documents name as places ("Tibet", "Katanga",
 * "Kashmir"), each with the ISO 3166-1 code of the present state that holds it (empty when it is split or disputed).
 * Data, not rules: add a row to extend it. Names that are also common English words or persons' names are left out.
 */
export const HISTORICAL_PLACES: Record<string, string> = {
  // Former names of cities (the name the documents print, then today's state).
  Calcutta: 'IN', Bombay: 'IN', Madras: 'IN', Dacca: 'BD', Leningrad: 'RU', Stalingrad: 'RU', Sverdlovsk: 'RU',
  Molotovsk: 'RU', Stalino: 'UA', 'Alma-Ata': 'KZ', Stalinabad: 'TJ', Ashkhabad: 'TM', Tiflis: 'GE',
  Saigon: 'VN', Tourane: 'VN', Danang: 'VN', Pnompenh: 'KH', 'Ulan-Bator': 'MN', Urga: 'MN', Batavia: 'ID', Djakarta: 'ID',
  Léopoldville: 'CD', Leopoldville: 'CD', Elisabethville: 'CD', Élisabethville: 'CD', Stanleyville: 'CD', Coquilhatville: 'CD',
  Thysville: 'CD', Albertville: 'CD', Luluabourg: 'CD', Bakwanga: 'CD', Jadotville: 'CD', Kolwezi: 'CD',
  Tientsin: 'CN', Nanking: 'CN', Chungking: 'CN', Hankow: 'CN', Tsingtao: 'CN', Mukden: 'CN', Dairen: 'CN', 'Port Arthur': 'CN',
  Lushun: 'CN', Sian: 'CN', Kunming: 'CN', Urumchi: 'CN', Tihwa: 'CN', Kweilin: 'CN', Amoy: 'CN', Foochow: 'CN', Swatow: 'CN',
  'Karl-Marx-Stadt': 'DE', Stalinstadt: 'DE', 'West Berlin': 'DE', 'East Berlin': 'DE', Titograd: 'ME', Teheran: 'IR',
  Rangoon: 'MM', Pyongyang: 'KP', Panmunjom: 'KP', Kaesong: 'KP', Sinuiju: 'KP', Hamhung: 'KP', Wonsan: 'KP', Chongjin: 'KP',
  Sevastopol: 'UA', Arkhangelsk: 'RU', Archangel: 'RU', Alexandria: 'EG', 'Port Said': 'EG', Ismailia: 'EG', Luxor: 'EG',
  'Luang Prabang': 'LA', 'Tange La': 'CN', Tezpur: 'IN', Tawang: 'IN', Leh: 'IN',
  // Exonyms and older spellings the translations keep.
  Warszawa: 'PL', Cracow: 'PL', Stettin: 'PL', Breslau: 'PL', Danzig: 'PL', 'Lwów': 'UA', Lvov: 'UA', Vilna: 'LT', Praha: 'CZ',
  Pressburg: 'SK', Fiume: 'HR', Salonika: 'GR', Smyrna: 'TR', Cluj: 'RO', Klausenburg: 'RO', Tirane: 'AL', Vlora: 'AL', Vlorë: 'AL',
  Durrës: 'AL', Durazzo: 'AL', Shkodër: 'AL', Scutari: 'AL', Subotica: 'RS', 'Novi Sad': 'RS', Darkhan: 'MN', Erdenet: 'MN',
  // Regions the documents name as places.
  Tibet: 'CN', Sinkiang: 'CN', Xinjiang: 'CN', Manchuria: 'CN', 'Inner Mongolia': 'CN', Katanga: 'CD', Kasai: 'CD',
  Kashmir: '', Ladakh: 'IN', Punjab: '', Bengal: '', 'East Pakistan': 'BD', 'West Pakistan': 'PK', Okinawa: 'JP',
  Transylvania: 'RO', Bessarabia: 'MD', Silesia: 'PL', Slovakia: 'SK', Bohemia: 'CZ', Moravia: 'CZ', Macedonia: '', Kosovo: '',
  'Gaza Strip': '', Sinai: 'EG', 'West Bank': '', 'Golan Heights': '', 'Suez Canal': 'EG', 'Canal Zone': 'PA'
}
