// Place names: general lists anyone can extend (one entry per line is easiest to review).
// GPE: countries, their common short forms, US states, Canadian provinces and the world's capitals and major
// cities. LOC: continents, regions, oceans and seas, mountain ranges and rivers without a generic word.

export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia',
  'Bosnia and Herzegovina', 'Bosnia', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cabo Verde', 'Cape Verde',
  'Cambodia', 'Cameroon', 'Canada', 'Central African Republic', 'Chad', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo',
  'Democratic Republic of the Congo', 'Costa Rica', 'Ivory Coast', "Côte d'Ivoire", 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia',
  'Denmark', 'Djibouti', 'Dominica', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea',
  'Estonia', 'Eswatini', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece',
  'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia',
  'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait',
  'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg',
  'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Marshall Islands', 'Mauritania', 'Mauritius', 'Mexico',
  'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Burma', 'Namibia', 'Nauru',
  'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'North Macedonia', 'Norway', 'Oman',
  'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar',
  'Romania', 'Russia', 'Rwanda', 'Saint Kitts and Nevis', 'Saint Lucia', 'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia',
  'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia', 'South Africa', 'South Korea',
  'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania',
  'Thailand', 'Timor-Leste', 'East Timor', 'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu',
  'Uganda', 'Ukraine', 'United Arab Emirates', 'UAE', 'United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland',
  'Wales', 'Northern Ireland', 'United States', 'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'Uruguay',
  'Uzbekistan', 'Vanuatu', 'Vatican', 'Vatican City', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe', 'Gaza', 'West Bank',
  'Hong Kong', 'Macau', 'Puerto Rico', 'Greenland', 'Soviet Union', 'USSR',
];

export const US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
  'Washington, D.C.', 'D.C.',
  // Canadian provinces, Mexican and other large federal states
  'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland',
  'Baja California', 'Sonora', 'Chihuahua', 'Coahuila', 'Nuevo León', 'Nuevo Leon', 'Tamaulipas', 'Sinaloa', 'Jalisco', 'Michoacán',
  'Michoacan', 'Guerrero', 'Oaxaca', 'Chiapas', 'Yucatán', 'Yucatan', 'Veracruz', 'Bavaria', 'Catalonia', 'Punjab', 'Kashmir',
  'Crimea', 'Donetsk', 'Luhansk', 'Kherson', 'Zaporizhzhia', 'Queensland', 'New South Wales', 'Victoria', 'Tasmania',
];

/** US state abbreviations (AP style, as in datelines: "MILLBROOK, Vt. —"). */
export const US_STATE_ABBREVIATIONS: readonly string[] = [
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.', 'Mass.',
  'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.',
  'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
];

export const CITIES: readonly string[] = [
  // World capitals and major cities
  'Abu Dhabi', 'Abuja', 'Accra', 'Addis Ababa', 'Algiers', 'Amman', 'Amsterdam', 'Ankara', 'Athens', 'Baghdad', 'Baku', 'Bangkok',
  'Barcelona', 'Beijing', 'Beirut', 'Belgrade', 'Berlin', 'Bern', 'Bogotá', 'Bogota', 'Brasília', 'Brasilia', 'Bratislava', 'Brussels',
  'Bucharest', 'Budapest', 'Buenos Aires', 'Cairo', 'Canberra', 'Cape Town', 'Caracas', 'Casablanca', 'Chennai', 'Copenhagen',
  'Damascus', 'Dakar', 'Delhi', 'New Delhi', 'Dhaka', 'Doha', 'Dubai', 'Dublin', 'Edinburgh', 'Frankfurt', 'Geneva', 'Guadalajara',
  'Hamburg', 'Hanoi', 'Havana', 'Helsinki', 'Ho Chi Minh City', 'Islamabad', 'Istanbul', 'Jakarta', 'Jerusalem', 'Johannesburg',
  'Kabul', 'Karachi', 'Kathmandu', 'Khartoum', 'Kyiv', 'Kiev', 'Kinshasa', 'Kolkata', 'Kuala Lumpur', 'Lagos', 'Lahore', 'La Paz',
  'Lima', 'Lisbon', 'Ljubljana', 'London', 'Luanda', 'Lyon', 'Madrid', 'Managua', 'Manchester', 'Manila', 'Marseille', 'Mecca',
  'Melbourne', 'Mexico City', 'Milan', 'Minsk', 'Monterrey', 'Montevideo', 'Montreal', 'Moscow', 'Mumbai', 'Munich', 'Muscat',
  'Nairobi', 'Naples', 'Nicosia', 'Osaka', 'Oslo', 'Ottawa', 'Panama City', 'Paris', 'Phnom Penh', 'Prague', 'Pretoria',
  'Pyongyang', 'Quito', 'Rabat', 'Riga', 'Rio de Janeiro', 'Riyadh', 'Rome', 'San José', 'San Salvador', 'Santiago', 'Santo Domingo',
  'São Paulo', 'Sao Paulo', 'Sarajevo', 'Seoul', 'Shanghai', 'Singapore', 'Sofia', 'Stockholm', 'Sydney', 'Taipei', 'Tallinn',
  'Tashkent', 'Tbilisi', 'Tegucigalpa', 'Tehran', 'Tel Aviv', 'Tijuana', 'Ciudad Juárez', 'Ciudad Juarez', 'Tirana', 'Tokyo',
  'Toronto', 'Tripoli', 'Tunis', 'Vancouver', 'Vienna', 'Vilnius', 'Warsaw', 'Wellington', 'Yerevan', 'Zagreb', 'Zurich',
  'Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Mariupol', 'St. Petersburg', 'Saint Petersburg', 'Hong Kong', 'Shenzhen', 'Wuhan',
  'Guatemala City', 'Matamoros', 'Reynosa', 'Nogales', 'Mexicali', 'Culiacán', 'Culiacan', 'Acapulco', 'Cancún', 'Cancun',
  // Major US cities
  'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego', 'Dallas',
  'San Jose', 'Austin', 'Jacksonville', 'Fort Worth', 'Columbus', 'Charlotte', 'San Francisco', 'Indianapolis', 'Seattle',
  'Denver', 'Boston', 'El Paso', 'Nashville', 'Detroit', 'Oklahoma City', 'Portland', 'Las Vegas', 'Memphis', 'Louisville',
  'Baltimore', 'Milwaukee', 'Albuquerque', 'Tucson', 'Fresno', 'Sacramento', 'Mesa', 'Kansas City', 'Atlanta', 'Omaha',
  'Colorado Springs', 'Raleigh', 'Miami', 'Long Beach', 'Virginia Beach', 'Oakland', 'Minneapolis', 'Tulsa', 'Tampa',
  'Arlington', 'New Orleans', 'Cleveland', 'Honolulu', 'Anaheim', 'Pittsburgh', 'Cincinnati', 'St. Louis', 'Orlando', 'Newark',
  'Buffalo', 'Salt Lake City', 'Richmond', 'Boise', 'Anchorage', 'Laredo', 'McAllen', 'Brownsville', 'Yuma', 'Savannah',
  'Charleston', 'Birmingham', 'Des Moines', 'Madison', 'Hartford', 'Providence', 'Albany', 'Harrisburg', 'Trenton',
  'Annapolis', 'Springfield', 'Little Rock', 'Baton Rouge', 'Jackson', 'Montgomery', 'Tallahassee', 'Santa Fe', 'Cheyenne',
  'Helena', 'Bismarck', 'Pierre', 'Lincoln', 'Topeka', 'Olympia', 'Salem', 'Carson City', 'Juneau', 'Dover', 'Concord',
  'Augusta', 'Montpelier', 'Lansing', 'Frankfort', 'Columbia', 'Brooklyn', 'Manhattan', 'Queens', 'the Bronx', 'Staten Island',
  'Washington, DC', 'Palm Beach', 'Fort Lauderdale', 'Scottsdale', 'Spokane', 'Reno', 'Pasadena', 'Santa Monica', 'Berkeley',
];

/** Regions, continents, oceans, seas and ranges: LOC. */
/** Place names that are also common first or last names: suggested with a lower score. */
export const AMBIGUOUS_PLACES: readonly string[] = [
  'Jackson', 'Lincoln', 'Madison', 'Helena', 'Pierre', 'Augusta', 'Charlotte', 'Savannah', 'Columbus', 'Concord', 'Dover',
  'Salem', 'Montgomery', 'Victoria', 'Jordan', 'Chad', 'Georgia', 'Austin', 'Phoenix', 'Mesa', 'Columbia', 'Richmond',
  'Arlington', 'Lima', 'Santiago', 'Sofia', 'Florence', 'Paris', 'Israel', 'Trenton', 'Albany', 'Birmingham', 'Springfield',
];

export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Central America', 'Latin America', 'Antarctica', 'Oceania',
  'Eurasia', 'Middle East', 'Near East', 'Far East', 'Balkans', 'Caribbean', 'Scandinavia', 'Sahel', 'Sahara', 'Siberia',
  'Southeast Asia', 'East Asia', 'South Asia', 'Central Asia', 'Western Europe', 'Eastern Europe', 'Sub-Saharan Africa',
  'North Africa', 'West Africa', 'East Africa', 'Horn of Africa', 'Arctic', 'Amazon', 'Himalayas', 'Alps', 'Andes', 'Rockies',
  'Appalachia', 'Midwest', 'Southwest', 'Northeast', 'Southeast', 'Northwest', 'Pacific Northwest', 'Gulf Coast', 'East Coast',
  'West Coast', 'Sun Belt', 'Rust Belt', 'Bay Area', 'Silicon Valley', 'Rio Grande', 'Mississippi River', 'Pacific', 'Atlantic',
  'Mediterranean', 'Baltic', 'Black Sea', 'Red Sea', 'South China Sea', 'Persian Gulf', 'Gulf of Mexico', 'Gulf of America',
  'Strait of Hormuz', 'Taiwan Strait', 'Indian Ocean', 'Pacific Ocean', 'Atlantic Ocean', 'Arctic Ocean', 'Donbas',
  'Sonoran Desert', 'Chihuahuan Desert', 'Great Plains', 'Great Lakes', 'New England',
];

/** Generic words that make a capitalised name a location (last word) — "Colorado River", "Rocky Mountains". */
export const LOC_HEADS: readonly string[] = [
  'River', 'Rivers', 'Mountain', 'Mountains', 'Range', 'Lake', 'Lakes', 'Ocean', 'Sea', 'Valley', 'Desert', 'Gulf', 'Bay',
  'Island', 'Islands', 'Peninsula', 'Coast', 'Canyon', 'Basin', 'Strait', 'Plateau', 'Forest', 'Park', 'Beach', 'Creek',
  'Delta', 'Glacier', 'Volcano', 'Falls', 'Region', 'Corridor', 'Border', 'Sector', 'Hills', 'Plains', 'Steppe', 'Savanna',
  'End', 'Side',
];
/** Generic words that begin a location name — "Mount Everest", "Lake Michigan", "Gulf of Mexico". */
export const LOC_STARTS: readonly string[] = ['Mount', 'Mt.', 'Lake', 'Gulf of', 'Bay of', 'Sea of', 'Isle of', 'Cape', 'Strait of'];

/** Last words that make a capitalised name a GPE: "Imperial County", "Orleans Parish", "Ontario Province". */
export const GPE_HEADS: readonly string[] = ['County', 'Parish', 'Township', 'Borough', 'Province', 'Prefecture', 'Municipality', 'Oblast', 'Governorate', 'City'];

/** Facilities: buildings, airports, highways, bridges (last word). */
export const FAC_HEADS: readonly string[] = [
  'Airport', 'International Airport', 'Bridge', 'Highway', 'Freeway', 'Expressway', 'Interstate', 'Tunnel', 'Dam', 'Tower',
  'Towers', 'Building', 'Stadium', 'Arena', 'Station', 'Terminal', 'Port of Entry', 'Crossing', 'Prison', 'Penitentiary',
  'Detention Center', 'Processing Center', 'Airfield', 'Air Base', 'Base', 'Square', 'Palace', 'Cathedral', 'Mosque',
  'Temple', 'Synagogue', 'Memorial', 'Monument', 'Museum', 'Plaza', 'Mall', 'Pier', 'Harbor', 'Harbour', 'Canal',
  'Road', 'Street', 'Avenue', 'Boulevard', 'Parkway', 'Pipeline', 'Wall', 'Hall', 'Capitol', 'Pentagon',
];
/** Facilities known by name alone. */
export const FACILITIES: readonly string[] = [
  'Capitol', 'Capitol Hill', 'Pentagon', 'Kremlin', 'Downing Street', '10 Downing Street', 'Elysée Palace',
  'Guantanamo Bay', 'Guantánamo Bay', 'Alcatraz', 'Times Square', 'Wall Street', 'Golden Gate Bridge', 'Eiffel Tower',
];
