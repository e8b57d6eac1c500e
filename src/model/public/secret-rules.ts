/**
 * The secret rules. Most are ported from gitleaks' default config (id, regex, keywords and entropy as there):
 * https://github.com/gitleaks/gitleaks/blob/b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b/config/gitleaks.toml
 * Go's RE2 syntax is translated (inline `(?i)` becomes the `i` flag or explicit classes, since Node 22 has no
 * regex modifiers). Rules marked `origin: 'firebreak'` cover what gitleaks does not (credentials in URLs, HTTP auth
 * headers, connection strings, providers it lacks, parts of compound values).
 */

export interface SecretRule {
	id: string;
	origin: 'gitleaks' | 'firebreak';
	/** Global, with indices (`gd`), built by the helpers below; the secret is the first group that matched, else the match. */
	pattern: RegExp;
	/** Lower-case strings one of which the text must contain (case-insensitively) before the pattern runs; none: always. */
	keywords: readonly string[];
	/** Minimum Shannon entropy (bits per character) of the secret. */
	minEntropy?: number;
	/** Secrets that are not: placeholders, documented examples. */
	allow?: readonly RegExp[];
	/** Whole matches that are not secrets (the name says it is something else: `author=`, `key_id=`). */
	allowMatch?: RegExp;
	/** Secrets containing one of these (lower-case) words are words, not secrets. */
	stopwords?: readonly string[];
	/** Lines whose matches are not secrets (gitleaks' `regexTarget = "line"`). */
	allowLine?: RegExp;
	/** A final check of the secret that a pattern cannot express. */
	validate?: (secret: string) => boolean;
}

// gitleaks' building blocks (cmd/generate/config/utils/generate.go).
const OPERATOR = String.raw`(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)`;
const SECRET_PREFIX = String.raw`[\x60'"\s=]{0,5}`;
// gitleaks ends a secret with a quote, space, `;`, an escaped line break or the end; prose also ends one with a
// full stop, comma or bracket, so here the secret ends where token characters do.
const SECRET_SUFFIX = String.raw`(?![\w+/=-])`;

type Options = Omit<SecretRule, 'id' | 'origin' | 'pattern' | 'keywords'>;

function rule(
	id: string,
	source: string,
	keywords: readonly string[],
	options: Options & { flags?: string; origin?: SecretRule['origin'] } = {}
): SecretRule {
	const { flags = '', origin = 'gitleaks', ...rest } = options;
	return { id, origin, pattern: new RegExp(source, `gd${flags}`), keywords, ...rest };
}

/**
 * gitleaks' GenerateSemiGenericRegex: `identifier … = secret`. The identifier is always case-insensitive; the secret
 * only with `caseInsensitive` (as in gitleaks).
 */
function semiGeneric(
	id: string,
	identifiers: string,
	secret: string,
	keywords: readonly string[],
	options: Options & { caseInsensitive?: boolean; origin?: SecretRule['origin'] } = {}
): SecretRule {
	const { caseInsensitive = true, ...rest } = options;
	const ids = caseInsensitive ? identifiers : anyCase(identifiers);
	const source = `(?:${ids})(?:[ \\t\\w.-]{0,20})[\\s'"]{0,3}${OPERATOR}${SECRET_PREFIX}(${secret})${SECRET_SUFFIX}`;
	return rule(id, source, keywords, { ...rest, flags: caseInsensitive ? 'i' : '' });
}

/** gitleaks' GenerateUniqueTokenRegex: a token with a distinctive prefix, on a word boundary. */
function unique(
	id: string,
	secret: string,
	keywords: readonly string[],
	options: Options & { flags?: string; origin?: SecretRule['origin'] } = {}
): SecretRule {
	return rule(id, String.raw`\b(${secret})${SECRET_SUFFIX}`, keywords, options);
}

/** `api[_-]?key` → `[aA][pP][iI][_-]?[kK][eE][yY]`: letters outside escapes and classes match either case. */
function anyCase(source: string): string {
	let out = '';
	let inClass = false;
	for (let i = 0; i < source.length; i++) {
		const char = source[i]!;
		if (char === '\\') {
			out += char + (source[++i] ?? '');
			continue;
		}
		if (char === '[') inClass = true;
		if (char === ']') inClass = false;
		out += !inClass && /[a-z]/i.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char;
	}
	return out;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/**
 * Template references and masks that stand for a secret (after gitleaks' global allowlist). Words like `pass` are
 * not among them: `redis://:pass@host` may be a real password, and the public site must not carry it.
 */
const PLACEHOLDERS = [
	/^\$(?:\w+|\{[^}]*\})$/,
	/^%\w+%$/,
	/^\{\{.*\}\}$/,
	/^<[^>]*>$/,
	/^\*+$|^x+$|^\.+$/i,
];

const CONNECTION_VALUE = String.raw`'[^']{3,}'|"[^"]{3,}"|[^\s;"'<>]{3,}`;

/** `Basic` is also a word: only a value that decodes to `user:password` is a credential. */
function decodesToUserPassword(secret: string): boolean {
	try {
		return /^[^\s:]*:\S{3,}$/.test(atob(secret));
	} catch {
		return false;
	}
}

/** gitleaks' generic-api-key allowlist (regexTarget match): `author=`, `key_id=`, `public_key=`, `csrf_token=`… */
const GENERIC_NAMES =
	/(?:access(?:ibility|or)|access[_.-]?id|random[_.-]?access|api[_.-]?(?:id|name|version)|rapid|capital|[a-z0-9-]*?api[a-z0-9-]*?:jar:|author|X-MS-Exchange-Organization-Auth|Authentication-Results|(?:credentials?[_.-]?id|withCredentials)|(?:bucket|foreign|hot|idx|natural|primary|pub(?:lic)?|schema|sequence)[_.-]?key|(?:turkey)|key[_.-]?(?:alias|board|code|frame|id|length|mesh|name|pair|press(?:ed)?|ring|selector|signature|size|stone|storetype|word|up|down|left|right)|key[_.-]?vault[_.-]?(?:id|name)|keyVaultToStoreSecrets|key(?:store|tab)[_.-]?(?:file|path)|issuerkeyhash|[DdMm]onkey|keying|(?:secret)[_.-]?(?:length|name|size)|UserSecretsId|(?:csrf)[_.-]?token|(?:io\.jsonwebtoken[ \t]?:[ \t]?[\w-]+)|(?:api|credentials|token)[_.-]?(?:endpoint|ur[il])|public[_.-]?token|(?:key|token)[_.-]?file)/i;

/** gitleaks' generic-api-key stopwords: a value containing one is a word, not a secret (`pg-tracking-01`). */
const GENERIC_STOPWORDS = `
	000000 6fe4476ee5a1832882e326b506d14126 _ec2_ aaaaaa about abstract academy acces account act- act. act_ action
	active actively activity adapter add- add-on add. add_ addon addres admin adobe advanced adventure agent agile
	air- air. air_ ajax akka alert alfred algorithm all- all. all_ alloy alpha amazon amqp analysi analytic analyzer
	android angular angularj animate animation another ansible answer ant- ant. ant_ any- any. any_ apache app- app.
	app_ apple arch archive archived arduino array art- art. art_ article asp- asp. asp_ asset async atom attention
	audio audit aura auth author authorize auto automated automatic awesome aws_ azure back backbone backend backup
	bar- bar. bar_ base based bash basic batch been beer behavior being benchmark best beta better big- big. big_
	binary binding bit- bit. bit_ bitcoin block blog board book bookmark boost boot bootstrap bosh bot- bot. bot_
	bower box- box. box_ boxen bracket branch bridge browser brunch buffer bug- bug. bug_ build builder building
	buildout buildpack built bundle busines but- but. but_ button cache caching cakephp calendar call camera
	campfire can- can. can_ canva captcha capture card carousel case cassandra cat- cat. cat_ category center cento
	challenge change changelog channel chart chat cheat check checker chef ches chinese chosen chrome ckeditor clas
	classe classic clean cli- cli. cli_ client clojure clone closure cloud club cluster cms- cms_ coco code coding
	coffee color combination combo command commander comment commit common community compas compiler complete
	component composer computer computing con- con. con_ concept conf config connect connector console contact
	container contao content contest context control convert converter conway' cookbook cookie cool copy cordova
	core couchbase couchdb countdown counter course craft crawler create creating creator credential crm- crm. crm_
	cros crud csv- csv. csv_ cube cucumber cuda current currently custom daemon dark dart dash dashboard data
	database date day- day. day_ dead debian debug debugger deck define del- del. del_ delete demo deploy design
	designer desktop detection detector dev- dev. dev_ develop developer device devise diff digital directive
	directory discovery display django dns- dns_ doc- doc. doc_ docker docpad doctrine document doe- doe. doe_ dojo
	dom- dom. dom_ domain don't done dot- dot. dot_ dotfile download draft drag drill drive driven driver drop
	dropbox drupal dsl- dsl. dsl_ dynamic easy ecdsa eclipse edit editing edition editor element emac email embed
	embedded ember emitter emulator encoding endpoint engine english enhanced entity entry env_ episode erlang error
	espresso event evented example exchange exercise experiment expire exploit explorer export exporter expres ext-
	ext. ext_ extended extension external extra extractor fabric facebook factory fake fast feature feed fewfwef
	ffmpeg field file filter find finder firefox firmware first fish fix- fix_ flash flask flat flex flexible flickr
	flow fluent fluentd fluid folder font force foreman fork form format formatter forum foundry framework free
	friend friendly front-end frontend ftp- ftp. ftp_ fuel full fun- fun. fun_ func future gaia gallery game gateway
	gem- gem. gem_ gen- gen. gen_ general generator generic genetic get- get. get_ getenv getting ghost gist git-
	git. git_ github gitignore gitlab glas gmail gnome gnu- gnu. gnu_ goal golang gollum good google gpu- gpu. gpu_
	gradle grail graph graphic great grid groovy group grunt guard gui- gui. gui_ guide guideline gulp gwt- gwt.
	gwt_ hack hackathon hacker hacking hadoop haml handler hardware has- has_ hash haskell have haxe hello help
	helper here hero heroku high hipchat history home homebrew homepage hook host hosting hot- hot. hot_ house how-
	how. how_ html http hub- hub. hub_ hubot human icon ide- ide. ide_ idea identity idiomatic image impact import
	important importer impres index infinite info injection inline input inside inspector instagram install
	installer instant intellij interface internet interview into intro ionic iphone ipython irc- irc_ iso- iso. iso_
	issue jade jasmine java jbos jekyll jenkin jetbrains job- job. job_ joomla jpa- jpa. jpa_ jquery json just kafka
	karma kata kernel keyboard kindle kit- kit. kit_ kitchen knife koan kohana lab- lab. lab_ lambda lamp language
	laravel last latest latex launcher layer layout lazy ldap leaflet league learn learning led- led. led_ leetcode
	les- les. les_ level leveldb lib- lib. lib_ librarie library license life liferay light lightbox like line link
	linked linkedin linux lisp list lite little load loader local location lock log- log. log_ logger logging logic
	login logstash longer look love lua- lua. lua_ mac- mac. mac_ machine made magento magic mail make maker making
	man- man. man_ manage manager manifest manual map- map. map_ mapper mapping markdown markup master math matrix
	maven md5 mean media mediawiki meetup memcached memory menu merchant message messaging meta metadata meteor
	method metric micro middleman migration minecraft miner mini minimal mirror mit- mit. mit_ mobile mocha mock
	mod- mod. mod_ mode model modern modular module modx money mongo mongodb mongoid mongoose monitor monkey more
	motion moved movie mozilla mqtt mule multi multiple music mustache mvc- mvc. mvc_ mysql nagio name native need
	neo- neo. neo_ nest nested net- net. net_ nette network new- new. new_ next nginx ninja nlp- nlp. nlp_ node
	nodej nosql not- not. not_ note notebook notepad notice notifier now- now. now_ number oauth object objective
	obsolete ocaml octopres official old- old. old_ onboard online only open opencv opengl openshift openwrt option
	oracle org- org. org_ origin original orm- orm. orm_ osx- osx_ our- our. our_ out- out. out_ output over
	overview own- own. own_ pack package packet page panel paper paperclip para parallax parallel parse parser
	parsing particle party password patch path pattern payment paypal pdf- pdf. pdf_ pebble people perl personal
	phalcon phoenix phone phonegap photo php- php. php_ physic picker pipeline platform play player please plu- plu.
	plu_ plug-in plugin plupload png- png. png_ poker polyfill polymer pool pop- pop. pop_ popcorn popup port
	portable portal portfolio post power powered powerful prelude pretty preview principle print pro- pro. pro_
	problem proc product profile profiler program progres project protocol prototype provider proxy public pull
	puppet pure purpose push pusher pyramid python quality query queue quick rabbitmq rack radio rail railscast
	random range raspberry rdf- rdf. rdf_ react reactive read reader readme ready real real-time reality realtime
	recipe recorder red- red. red_ reddit redi redmine reference refinery refresh registry related release remote
	rendering repo report request require required requirej research resource response resque rest restful resume
	reveal reverse review riak rich right ring robot role room router routing rpc- rpc. rpc_ rpg- rpg. rpg_ rspec
	ruby- ruby. ruby_ rule run- run. run_ runner running runtime rust rvm- rvm. rvm_ salt sample sandbox sas- sas.
	sas_ sbt- sbt. sbt_ scala scalable scanner schema scheme school science scraper scratch screen script scroll
	scs- scs. scs_ sdk- sdk. sdk_ sdl- sdl. sdl_ search secure security see- see. see_ seed select selector selenium
	semantic sencha send sentiment serie server service session set- set. set_ setting setup sha1 sha2 sha256 share
	shared sharing sheet shell shield shipping shop shopify shortener should show showcase side silex simple
	simulator single site skeleton sketch skin slack slide slider slim small smart smtp snake snapshot snippet soap
	social socket software solarized solr solution solver some soon source space spark spatial spec sphinx spine
	spotify spree spring sprite sql- sql. sql_ sqlite ssh- ssh. ssh_ stack staging standard stanford start started
	starter startup stat statamic state static statistic statsd statu steam step still stm- stm. stm_ storage store
	storm story strategy stream streaming string stripe structure studio study stuff style sublime sugar suite
	summary super support supported svg- svg. svg_ svn- svn. svn_ swagger swift switch switcher symfony symphony
	sync synopsi syntax system tab- tab. tab_ table tag- tag. tag_ talk target task tcp- tcp. tcp_ tdd- tdd. tdd_
	team tech template term terminal testing tetri text textmate theme theory three thrift time timeline timer tiny
	tinymce tip- tip. tip_ title todo todomvc token tool toolbox toolkit top- top. top_ tornado touch tower tracker
	tracking traffic training transfer translate transport tree trello try- try. try_ tumblr tut- tut. tut_ tutorial
	tweet twig twitter type typo ubuntu uiview ultimate under unit unity universal unix update updated upgrade
	upload uploader uri- uri. uri_ url- url. url_ usage usb- usb. usb_ use- use. use_ used useful user using util
	utilitie utility vagrant validator value variou varnish version via- via. via_ video view viewer vim- vim. vim_
	vimrc virtual vision visual vpn want warning watch watcher wave way- way. way_ weather web- web_ webapp webgl
	webhook webkit webrtc website websocket welcome what what' when where which why- why. why_ widget wifi wiki win-
	win. win_ window wip- wip. wip_ within without wizard word wordpres work worker workflow working workshop world
	wrapper write writer writing written www- www. www_ xamarin xcode xml- xml. xml_ xmpp xxxxxx yahoo yaml yandex
	yeoman yet- yet. yet_ yii- yii. yii_ youtube yui- yui. yui_ zend zero zip- zip. zip_ zsh- zsh. zsh_
`
	.trim()
	.split(/\s+/);

export const SECRET_RULES: readonly SecretRule[] = [
	// Private keys (PEM, OpenSSH, PGP; also a GCP service account's "private_key" with `\n` escapes); a key pasted
	// without its end line is the header and its base64 lines.
	rule(
		'private-key',
		String.raw`-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]{16,}?KEY(?: BLOCK)?-----|(?:(?:\\n|\r?\n)[A-Za-z0-9+/=]{16,})+)`,
		['-----begin'],
		{ flags: 'i' }
	),
	unique(
		'jwt',
		String.raw`ey[a-zA-Z0-9]{17,}\.ey[a-zA-Z0-9\/\\_-]{17,}\.(?:[a-zA-Z0-9\/\\_-]{10,}={0,2})?`,
		['ey'],
		{ minEntropy: 3 }
	),
	rule(
		'jwt-base64',
		String.raw`\bZXlK(?:aGJHY2lPaU|aGNIVWlPaU|aGNIWWlPaU|aGRXUWlPaU|aU5qUWlP|amNtbDBJanBi|amRIa2lPaU|bGNHc2lPbn|bGJtTWlPaU|cWEzVWlPaU|cWQyc2lPb|cGMzTWlPaU|cGRpSTZJ|cmFXUWlP|clpYbGZiM0J6SWpwY|cmRIa2lPaUp|dWIyNWpaU0k2|d01tTWlP|d01uTWlPaU|d2NIUWlPaU|emRXSWlPaU|emRuUWlP|MFlXY2lPaU|MGVYQWlPaUp|MWNtd2l|MWMyVWlPaUp|MlpYSWlPaU|MlpYSnphVzl1SWpv|NElqb2|NE5XTWlP|NE5YUWlPaU|NE5YUWpVekkxTmlJNkl|NE5YVWlPaU|NmFYQWlPaU)[a-zA-Z0-9\/\\_+\-\r\n]{40,}={0,2}`,
		['zxlk'],
		{ minEntropy: 2 }
	),

	// Cloud.
	rule(
		'aws-access-token',
		String.raw`\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b`,
		['a3t', 'akia', 'asia', 'abia', 'acca'],
		{ minEntropy: 3, allow: [/EXAMPLE$/] }
	),
	semiGeneric(
		'aws-secret-access-key',
		'aws[_.-]?secret(?:[_.-]?access)?(?:[_.-]?key)?|secret[_.-]?access[_.-]?key',
		'[A-Za-z0-9/+]{40}',
		['secret'],
		{ origin: 'firebreak', caseInsensitive: false, minEntropy: 3.5 }
	),
	unique('gcp-api-key', String.raw`AIza[\w-]{35}`, ['aiza'], { minEntropy: 4 }),
	semiGeneric('gcp-service-account-key-id', 'private_key_id', '[a-f0-9]{40}', ['private_key_id'], {
		origin: 'firebreak',
		minEntropy: 3,
	}),
	rule(
		'azure-ad-client-secret',
		String.raw`(?:^|[\\'"\x60\s>=:(,)])([a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34})(?:$|[\\'"\x60\s<),])`,
		['q~'],
		{ minEntropy: 3 }
	),
	rule(
		'azure-storage-account-key',
		String.raw`\bAccountKey\s*=\s*([A-Za-z0-9+/]{86}==)`,
		['accountkey'],
		{ origin: 'firebreak', flags: 'i' }
	),
	rule(
		'azure-sas-token',
		String.raw`[?&]sv=\d{4}-\d\d-\d\d&[^\s"'<>]{0,400}?\bsig=([A-Za-z0-9%+/]{30,}(?:%3D|=){0,2})`,
		['sig='],
		{ origin: 'firebreak' }
	),
	unique('digitalocean-access-token', 'doo_v1_[a-f0-9]{64}', ['doo_v1_'], { minEntropy: 3 }),
	unique('digitalocean-pat', 'dop_v1_[a-f0-9]{64}', ['dop_v1_'], { minEntropy: 3 }),
	unique('digitalocean-refresh-token', 'dor_v1_[a-f0-9]{64}', ['dor_v1_'], { flags: 'i' }),
	semiGeneric('heroku-api-key', 'heroku', UUID, ['heroku']),
	unique('heroku-api-key-v2', 'HRKU-AA[0-9a-zA-Z_-]{58}', ['hrku-aa'], { minEntropy: 4 }),
	unique('alibaba-access-key-id', 'LTAI[a-zA-Z0-9]{20}', ['ltai'], { minEntropy: 2 }),
	semiGeneric('alibaba-secret-key', 'alibaba', '[a-z0-9]{30}', ['alibaba'], { minEntropy: 2 }),
	semiGeneric('cloudflare-api-key', 'cloudflare', '[a-z0-9_-]{40}', ['cloudflare'], {
		minEntropy: 2,
	}),
	semiGeneric('cloudflare-global-api-key', 'cloudflare', '[a-f0-9]{37}', ['cloudflare'], {
		minEntropy: 2,
	}),
	unique('cloudflare-origin-ca-key', 'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}', ['cloudflare', 'v1.0-'], {
		minEntropy: 2,
	}),
	unique(
		'flyio-access-token',
		String.raw`(?:fo1_[\w-]{43}|fm1[ar]_[a-zA-Z0-9+\/]{100,}={0,3}|fm2_[a-zA-Z0-9+\/]{100,}={0,3})`,
		['fo1_', 'fm1', 'fm2_'],
		{ minEntropy: 4 }
	),
	unique('databricks-api-token', 'dapi[a-f0-9]{32}(?:-\\d)?', ['dapi'], { minEntropy: 3 }),
	semiGeneric('fastly-api-token', 'fastly', '[a-z0-9=_\\-]{32}', ['fastly']),
	semiGeneric('netlify-access-token', 'netlify', '[a-z0-9=_\\-]{40,46}', ['netlify']),

	// Source control and CI.
	rule('github-pat', 'ghp_[0-9a-zA-Z]{36}', ['ghp_'], { minEntropy: 3 }),
	rule('github-oauth', 'gho_[0-9a-zA-Z]{36}', ['gho_'], { minEntropy: 3 }),
	rule('github-app-token', '(?:ghu|ghs)_[0-9a-zA-Z]{36}', ['ghu_', 'ghs_'], { minEntropy: 3 }),
	rule('github-refresh-token', 'ghr_[0-9a-zA-Z]{36}', ['ghr_'], { minEntropy: 3 }),
	rule('github-fine-grained-pat', 'github_pat_\\w{82}', ['github_pat_'], { minEntropy: 3 }),
	rule('gitlab-pat', 'glpat-[\\w-]{20}', ['glpat-'], { minEntropy: 3 }),
	rule(
		'gitlab-pat-routable',
		String.raw`\bglpat-[0-9a-zA-Z_-]{27,300}\.[0-9a-z]{2}[0-9a-z]{7}\b`,
		['glpat-'],
		{ minEntropy: 4 }
	),
	rule('gitlab-cicd-job-token', 'glcbt-[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}', ['glcbt-'], {
		minEntropy: 3,
	}),
	rule('gitlab-deploy-token', 'gldt-[0-9a-zA-Z_\\-]{20}', ['gldt-'], { minEntropy: 3 }),
	rule('gitlab-feature-flag-client-token', 'glffct-[0-9a-zA-Z_\\-]{20}', ['glffct-'], {
		minEntropy: 3,
	}),
	rule('gitlab-feed-token', 'glft-[0-9a-zA-Z_\\-]{20}', ['glft-'], { minEntropy: 3 }),
	rule('gitlab-incoming-mail-token', 'glimt-[0-9a-zA-Z_\\-]{25}', ['glimt-'], { minEntropy: 3 }),
	rule('gitlab-kubernetes-agent-token', 'glagent-[0-9a-zA-Z_\\-]{50}', ['glagent-'], {
		minEntropy: 3,
	}),
	rule('gitlab-oauth-app-secret', 'gloas-[0-9a-zA-Z_\\-]{64}', ['gloas-'], { minEntropy: 3 }),
	rule('gitlab-ptt', 'glptt-[0-9a-f]{40}', ['glptt-'], { minEntropy: 3 }),
	rule('gitlab-rrt', 'GR1348941[\\w-]{20}', ['gr1348941'], { minEntropy: 3 }),
	rule('gitlab-runner-authentication-token', 'glrt-[0-9a-zA-Z_\\-]{20}', ['glrt-'], {
		minEntropy: 3,
	}),
	rule(
		'gitlab-runner-authentication-token-routable',
		String.raw`\bglrt-t\d_[0-9a-zA-Z_\-]{27,300}\.[0-9a-z]{2}[0-9a-z]{7}\b`,
		['glrt-'],
		{ minEntropy: 4 }
	),
	rule('gitlab-scim-token', 'glsoat-[0-9a-zA-Z_\\-]{20}', ['glsoat-'], { minEntropy: 3 }),
	rule('gitlab-session-cookie', '_gitlab_session=([0-9a-z]{32})', ['_gitlab_session='], {
		minEntropy: 3,
	}),
	semiGeneric('bitbucket-client-id', 'bitbucket', '[a-z0-9]{32}', ['bitbucket']),
	semiGeneric('bitbucket-client-secret', 'bitbucket', '[a-z0-9=_\\-]{64}', ['bitbucket']),
	unique('bitbucket-app-password', 'ATBB[A-Za-z0-9_=.-]{28,}', ['atbb'], {
		origin: 'firebreak',
		minEntropy: 3.5,
	}),
	unique('circleci-token', 'CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40}', ['ccipat_', 'cciprj_'], {
		origin: 'firebreak',
		minEntropy: 3,
	}),
	semiGeneric(
		'circleci-api-token',
		'circle[_.-]?(?:ci)?[_.-]?(?:api[_.-]?)?token',
		'[a-f0-9]{40}',
		['circle'],
		{ origin: 'firebreak', minEntropy: 3 }
	),
	semiGeneric('travisci-access-token', 'travis', '[a-z0-9]{22}', ['travis']),
	semiGeneric(
		'atlassian-api-token',
		'atlassian|confluence|jira',
		'[a-z0-9]{20}[a-f0-9]{4}',
		['atlassian', 'confluence', 'jira'],
		{ minEntropy: 3.5 }
	),
	// gitleaks' atlassian-api-token has this second alternative: the prefixed token needs no keyword.
	unique('atlassian-api-token-v2', 'ATATT3[A-Za-z0-9_\\-=]{186}', ['atatt3'], { minEntropy: 3.5 }),
	semiGeneric(
		'sonar-api-token',
		'sonar[_.-]?(?:login|token)',
		'(?:squ_|sqp_|sqa_)?[a-z0-9=_\\-]{40}',
		['sonar']
	),
	unique('sonarqube-token', '(?:squ_|sqp_|sqa_)[a-z0-9]{40}', ['squ_', 'sqp_', 'sqa_'], {
		origin: 'firebreak',
		minEntropy: 3,
	}),
	semiGeneric('snyk-api-token', 'snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token)', UUID, ['snyk']),

	// Chat.
	rule('slack-bot-token', 'xoxb-[0-9]{10,13}-[0-9]{10,13}[a-zA-Z0-9-]*', ['xoxb'], {
		minEntropy: 3,
	}),
	rule('slack-user-token', 'xox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34}', ['xoxp-', 'xoxe-'], {
		minEntropy: 2,
	}),
	rule('slack-app-token', String.raw`xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+`, ['xapp'], {
		flags: 'i',
		minEntropy: 2,
	}),
	rule(
		'slack-config-access-token',
		String.raw`xoxe.xox[bp]-\d-[A-Z0-9]{163,166}`,
		['xoxe.xoxb-', 'xoxe.xoxp-'],
		{ flags: 'i', minEntropy: 2 }
	),
	rule('slack-config-refresh-token', String.raw`xoxe-\d-[A-Z0-9]{146}`, ['xoxe-'], {
		flags: 'i',
		minEntropy: 2,
	}),
	rule('slack-legacy-bot-token', 'xoxb-[0-9]{8,14}-[a-zA-Z0-9]{18,26}', ['xoxb'], {
		minEntropy: 2,
	}),
	rule('slack-legacy-token', String.raw`xox[os]-\d+-\d+-\d+-[a-fA-F\d]+`, ['xoxo', 'xoxs'], {
		minEntropy: 2,
	}),
	rule(
		'slack-legacy-workspace-token',
		String.raw`xox[ar]-(?:\d-)?[0-9a-zA-Z]{8,48}`,
		['xoxa', 'xoxr'],
		{ minEntropy: 2 }
	),
	rule(
		'slack-webhook-url',
		String.raw`(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}`,
		['hooks.slack.com']
	),
	// A webhook's path alone (a host written elsewhere, or redacted as an internal service) is the whole secret.
	rule(
		'slack-webhook-path',
		String.raw`(?<![\w.-])/?(?:services|workflows|triggers)/T[A-Z0-9]{6,12}/[AB][A-Z0-9]{6,12}/[A-Za-z0-9]{20,32}\b`,
		['services/t', 'workflows/t', 'triggers/t'],
		{ origin: 'firebreak', minEntropy: 3 }
	),
	semiGeneric('discord-api-token', 'discord', '[a-f0-9]{64}', ['discord']),
	semiGeneric('discord-client-secret', 'discord', '[a-z0-9=_\\-]{32}', ['discord'], {
		minEntropy: 2,
	}),
	// A bot token is the base64 of the bot's numeric id, a timestamp and an HMAC: no keyword to gate it on.
	rule(
		'discord-bot-token',
		String.raw`\b[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![\w-])`,
		[],
		{ origin: 'firebreak', minEntropy: 4 }
	),
	rule(
		'discord-webhook-url',
		String.raw`discord(?:app)?\.com/api/webhooks/\d{17,20}/[\w-]{60,68}`,
		['discord'],
		{ origin: 'firebreak' }
	),
	rule(
		'microsoft-teams-webhook',
		String.raw`https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}@[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}`,
		['webhook.office.com', 'webhookb2', 'incomingwebhook']
	),
	rule(
		'microsoft-teams-workflow-webhook',
		String.raw`https://[\w.-]+\.logic\.azure\.com(?::443)?/workflows/[a-f0-9]{32}/triggers/[^\s"'<>]{0,200}?[?&]sig=[\w%-]{20,}`,
		['logic.azure.com'],
		{ origin: 'firebreak' }
	),
	semiGeneric('telegram-bot-api-token', 'telegr', '[0-9]{5,16}:A[a-z0-9_\\-]{34}', ['telegr']),
	// Bot tokens also appear without the word: in api.telegram.org/bot<token>/ URLs and bare.
	rule(
		'telegram-bot-token',
		String.raw`(?<![\w-])(?:bot)?(\d{8,10}:AA[A-Za-z0-9_-]{33})(?![\w-])`,
		[':aa'],
		{ origin: 'firebreak', minEntropy: 3 }
	),

	// Payments and commerce.
	unique(
		'stripe-access-token',
		'(?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99}',
		['sk_test', 'sk_live', 'sk_prod', 'rk_test', 'rk_live', 'rk_prod'],
		{ minEntropy: 2 }
	),
	unique('stripe-webhook-secret', 'whsec_[a-zA-Z0-9]{32,}', ['whsec_'], {
		origin: 'firebreak',
		minEntropy: 3,
	}),
	unique('square-access-token', '(?:EAAA|sq0atp-)[\\w-]{22,60}', ['sq0atp-', 'eaaa'], {
		minEntropy: 2,
	}),
	unique('square-oauth-secret', 'sq0csp-[\\w-]{43}', ['sq0csp-'], {
		origin: 'firebreak',
		minEntropy: 3,
	}),
	rule('shopify-access-token', 'shpat_[a-fA-F0-9]{32}', ['shpat_'], { minEntropy: 2 }),
	rule('shopify-custom-access-token', 'shpca_[a-fA-F0-9]{32}', ['shpca_'], { minEntropy: 2 }),
	rule('shopify-private-app-access-token', 'shppa_[a-fA-F0-9]{32}', ['shppa_'], { minEntropy: 2 }),
	rule('shopify-shared-secret', 'shpss_[a-fA-F0-9]{32}', ['shpss_'], { minEntropy: 2 }),
	rule(
		'paypal-braintree-access-token',
		String.raw`access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}`,
		['access_token$production$'],
		{ origin: 'firebreak' }
	),
	semiGeneric('gocardless-api-token', 'gocardless', 'live_[a-z0-9\\-_=]{40}', [
		'live_',
		'gocardless',
	]),

	// Mail and SMS.
	unique('sendgrid-api-token', 'SG\\.[a-zA-Z0-9=_\\-.]{66}', ['sg.'], { minEntropy: 2 }),
	unique('sendinblue-api-token', 'xkeysib-[a-f0-9]{64}-[a-zA-Z0-9]{16}', ['xkeysib-'], {
		minEntropy: 2,
	}),
	semiGeneric('mailgun-private-api-token', 'mailgun', 'key-[a-f0-9]{32}', ['mailgun']),
	semiGeneric('mailgun-pub-key', 'mailgun', 'pubkey-[a-f0-9]{32}', ['mailgun']),
	semiGeneric('mailgun-signing-key', 'mailgun', '[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}', [
		'mailgun',
	]),
	semiGeneric('mailchimp-api-key', 'MailchimpSDK.initialize|mailchimp', '[a-f0-9]{32}-us\\d\\d', [
		'mailchimp',
	]),
	semiGeneric('postmark-server-token', 'postmark', UUID, ['postmark'], { origin: 'firebreak' }),
	rule('twilio-api-key', 'SK[0-9a-fA-F]{32}', ['sk'], { minEntropy: 3 }),
	semiGeneric('twilio-auth-token', 'twilio', '[a-f0-9]{32}', ['twilio'], {
		origin: 'firebreak',
		minEntropy: 3,
	}),

	// Observability and on-call.
	unique('grafana-api-key', 'eyJrIjoi[A-Za-z0-9]{70,400}={0,3}', ['eyjrijoi'], {
		flags: 'i',
		minEntropy: 3,
	}),
	unique('grafana-cloud-api-token', 'glc_[A-Za-z0-9+/]{32,400}={0,3}', ['glc_'], {
		flags: 'i',
		minEntropy: 3,
	}),
	unique('grafana-service-account-token', 'glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}', ['glsa_'], {
		flags: 'i',
		minEntropy: 3,
	}),
	semiGeneric('datadog-access-token', 'datadog', '[a-z0-9]{40}', ['datadog']),
	semiGeneric(
		'datadog-api-key',
		'datadog|dd[_.-]?(?:api|app(?:lication)?)[_.-]?key',
		'[a-f0-9]{32}',
		['datadog', 'dd_', 'dd-', 'dd.', 'ddapi', 'ddapp'],
		{ origin: 'firebreak', minEntropy: 3 }
	),
	semiGeneric('new-relic-user-api-key', 'new-relic|newrelic|new_relic', 'NRAK-[a-z0-9]{27}', [
		'nrak',
	]),
	semiGeneric('new-relic-user-api-id', 'new-relic|newrelic|new_relic', '[a-z0-9]{64}', [
		'new-relic',
		'newrelic',
		'new_relic',
	]),
	semiGeneric('new-relic-browser-api-token', 'new-relic|newrelic|new_relic', 'NRJS-[a-f0-9]{19}', [
		'nrjs-',
	]),
	semiGeneric('new-relic-insert-key', 'new-relic|newrelic|new_relic', 'NRII-[a-z0-9-]{32}', [
		'nrii-',
	]),
	unique(
		'new-relic-prefixed-key',
		'NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9-]{32}|NRJS-[a-f0-9]{19}',
		['nrak-', 'nrii-', 'nrjs-'],
		{ origin: 'firebreak', minEntropy: 3 }
	),
	unique('new-relic-license-key', '[a-f0-9]{36}NRAL', ['nral'], {
		origin: 'firebreak',
		minEntropy: 3,
	}),
	semiGeneric('sentry-access-token', 'sentry', '[a-f0-9]{64}', ['sentry'], { minEntropy: 3 }),
	rule(
		'sentry-org-token',
		String.raw`\bsntrys_eyJpYXQiO[a-zA-Z0-9+/]{10,200}(?:LCJyZWdpb25fdXJs|InJlZ2lvbl91cmwi|cmVnaW9uX3VybCI6)[a-zA-Z0-9+/]{10,200}={0,2}_[a-zA-Z0-9+/]{43}(?![a-zA-Z0-9+/])`,
		['sntrys_eyjpyxqio'],
		{ minEntropy: 4.5 }
	),
	unique('sentry-user-token', 'sntryu_[a-f0-9]{64}', ['sntryu_'], { minEntropy: 3.5 }),
	semiGeneric(
		'pagerduty-api-key',
		'pagerduty|pd[_.-]?(?:api[_.-]?)?(?:token|key)',
		'[a-z0-9_+-]{20}|[a-f0-9]{32}',
		['pagerduty', 'pd_', 'pd-', 'pd.', 'pdapi', 'pdtoken', 'pdkey'],
		{ origin: 'firebreak', minEntropy: 3 }
	),
	semiGeneric(
		'honeycomb-api-key',
		'honeycomb',
		'[a-z0-9]{22}|[a-f0-9]{32}|hc[a-z]{2}k_[a-z0-9]{58}',
		['honeycomb'],
		{ origin: 'firebreak', minEntropy: 3 }
	),
	unique(
		'honeycomb-ingest-key',
		'hc[ax][ai]k_[a-z0-9]{58}',
		['hcaik_', 'hcxik_', 'hcaak_', 'hcxak_'],
		{ origin: 'firebreak', minEntropy: 3 }
	),
	rule('dynatrace-api-token', String.raw`dt0c01\.[a-zA-Z0-9]{24}\.[a-zA-Z0-9]{64}`, ['dt0c01.'], {
		minEntropy: 4,
	}),
	semiGeneric('splunk-hec-token', 'splunk', UUID, ['splunk'], { origin: 'firebreak' }),

	// Package registries.
	unique('npm-access-token', 'npm_[a-z0-9]{36}', ['npm_'], { flags: 'i', minEntropy: 2 }),
	rule('pypi-upload-token', 'pypi-AgEIcHlwaS5vcmc[\\w-]{50,1000}', ['pypi-ageichlwas5vcmc'], {
		minEntropy: 3,
	}),
	unique('rubygems-api-token', 'rubygems_[a-f0-9]{48}', ['rubygems_'], { minEntropy: 2 }),
	unique('nuget-api-key', 'oy2[a-z0-9]{43}', ['oy2'], { origin: 'firebreak', minEntropy: 3.5 }),
	rule(
		'nuget-config-password',
		String.raw`<add key="(?:(?:ClearText)?Password)"\s*value="(.{8,})"\s*/>`,
		['<add key='],
		{ flags: 'i', minEntropy: 1 }
	),
	rule(
		'docker-hub-pat',
		String.raw`\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40}(?![\w-])`,
		['dckr_pat_', 'dckr_oat_'],
		{ origin: 'firebreak', minEntropy: 3 }
	),
	rule('artifactory-api-key', String.raw`\bAKCp[A-Za-z0-9]{69}\b`, ['akcp'], { minEntropy: 4.5 }),
	rule('artifactory-reference-token', String.raw`\bcmVmd[A-Za-z0-9]{59}\b`, ['cmvmd'], {
		minEntropy: 4.5,
	}),

	// AI.
	unique(
		'openai-api-key',
		String.raw`sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})\b|sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}`,
		['t3blbkfj'],
		{ minEntropy: 3 }
	),
	// OpenAI and Anthropic keys of other generations than gitleaks' exact shapes.
	unique(
		'openai-project-key',
		'sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}',
		['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
		{ origin: 'firebreak', minEntropy: 4 }
	),
	unique('anthropic-key', 'sk-ant-[a-z]{2,8}\\d{2}-[A-Za-z0-9_-]{40,}', ['sk-ant-'], {
		origin: 'firebreak',
		minEntropy: 4,
	}),
	unique('anthropic-api-key', 'sk-ant-api03-[a-zA-Z0-9_\\-]{93}AA', ['sk-ant-api03']),
	unique('anthropic-admin-api-key', 'sk-ant-admin01-[a-zA-Z0-9_\\-]{93}AA', ['sk-ant-admin01']),
	unique('huggingface-access-token', 'hf_[a-zA-Z]{34}', ['hf_'], { minEntropy: 2 }),
	unique('huggingface-organization-api-token', 'api_org_[a-zA-Z]{34}', ['api_org_'], {
		minEntropy: 2,
	}),
	rule('perplexity-api-key', String.raw`\b(pplx-[a-zA-Z0-9]{48})\b`, ['pplx-'], { minEntropy: 4 }),
	semiGeneric(
		'cohere-api-token',
		'cohere|CO_API_KEY',
		'[a-zA-Z0-9]{40}',
		['cohere', 'co_api_key'],
		{ caseInsensitive: false, minEntropy: 4 }
	),

	// Secrets managers, infrastructure and other developer tools.
	unique('vault-service-token', String.raw`hvs\.[\w-]{90,120}|s\.[a-zA-Z0-9]{24}`, ['hvs.', 's.'], {
		minEntropy: 3.5,
		allow: [/^s\.[A-Za-z]{24}$/],
	}),
	unique('vault-batch-token', 'hvb\\.[\\w-]{138,300}', ['hvb.'], { minEntropy: 4 }),
	rule(
		'hashicorp-tf-api-token',
		String.raw`[a-zA-Z0-9]{14}\.atlasv1\.[a-zA-Z0-9\-_=]{60,70}`,
		['atlasv1'],
		{ minEntropy: 3.5 }
	),
	rule(
		'1password-secret-key',
		String.raw`\bA3-[A-Z0-9]{6}-(?:(?:[A-Z0-9]{11})|(?:[A-Z0-9]{6}-[A-Z0-9]{5}))-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b`,
		['a3-'],
		{ minEntropy: 3.8 }
	),
	rule('1password-service-account-token', 'ops_eyJ[a-zA-Z0-9+/]{250,}={0,3}', ['ops_'], {
		minEntropy: 4,
	}),
	rule('doppler-api-token', String.raw`dp\.pt\.[a-zA-Z0-9]{43}`, ['dp.pt.'], { minEntropy: 2 }),
	rule('age-secret-key', 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', [
		'age-secret-key-1',
	]),
	unique('linear-api-key', 'lin_api_[a-zA-Z0-9]{40}', ['lin_api_'], { minEntropy: 2 }),
	unique('notion-api-token', 'ntn_[0-9]{11}[A-Za-z0-9]{32}[A-Za-z0-9]{3}', ['ntn_'], {
		minEntropy: 4,
	}),
	unique('postman-api-token', 'PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}', ['pmak-'], { minEntropy: 3 }),
	unique('pulumi-api-token', 'pul-[a-f0-9]{40}', ['pul-'], { minEntropy: 2 }),
	unique('prefect-api-token', 'pnu_[a-zA-Z0-9]{36}', ['pnu_'], { minEntropy: 2 }),
	unique('planetscale-api-token', 'pscale_tkn_[\\w=.-]{32,64}', ['pscale_tkn_'], { minEntropy: 3 }),
	unique('planetscale-oauth-token', 'pscale_oauth_[\\w=.-]{32,64}', ['pscale_oauth_'], {
		minEntropy: 3,
	}),
	unique('planetscale-password', 'pscale_pw_[\\w=.-]{32,64}', ['pscale_pw_'], {
		flags: 'i',
		minEntropy: 3,
	}),
	unique('openshift-user-token', 'sha256~[\\w-]{43}', ['sha256~'], { minEntropy: 3.5 }),
	semiGeneric('okta-access-token', 'okta', '00[\\w=\\-]{40}', ['okta'], {
		caseInsensitive: false,
		minEntropy: 4,
	}),
	semiGeneric('launchdarkly-access-token', 'launchdarkly', '[a-z0-9=_\\-]{40}', ['launchdarkly']),
	rule(
		'sidekiq-sensitive-url',
		String.raw`\bhttps?://([a-f0-9]{8}:[a-f0-9]{8})@(?:gems\.contribsys\.com|enterprise\.contribsys\.com)(?:[\/|#?:]|$)`,
		['gems.contribsys.com', 'enterprise.contribsys.com'],
		{ flags: 'i' }
	),

	// Credentials in URLs, commands, headers and connection strings. The password is the secret; passwords have no
	// entropy threshold, since a short or simple one is as leaked as a random one.
	rule(
		'url-credentials',
		String.raw`(?<=\b[a-z][a-z0-9+.-]{1,20})://[^\s:/?#@'"<>\\]*:([^\s/?#'"<>\\]{3,})@[\w[]`,
		['://'],
		{ origin: 'firebreak', flags: 'i', allow: PLACEHOLDERS }
	),
	rule(
		'url-query-password',
		String.raw`[?&](?:password|passwd|pwd)=([^&#;\s"'<>]{3,})`,
		['password', 'passwd', 'pwd'],
		{ origin: 'firebreak', flags: 'i', allow: PLACEHOLDERS }
	),
	rule(
		'curl-auth-user',
		String.raw`\bcurl\b(?:[^\n]|\\\r?\n){0,1000}?[ \t](?:-u|--user)(?:=|[ \t]{1,5})["']?[^\s:"']*:([^\s"']{3,})`,
		['curl'],
		{ allow: PLACEHOLDERS }
	),
	rule(
		'http-basic-auth',
		String.raw`\bBasic[ \t]+([A-Za-z0-9+/]{6,}={0,2})(?![\w+/=])`,
		['basic'],
		{ origin: 'firebreak', flags: 'i', validate: decodesToUserPassword }
	),
	rule(
		'http-bearer-token',
		String.raw`\bBearer[ \t]+([\w~+/.-]{16,}=*)(?![\w~+/.=-])`,
		['bearer'],
		{ origin: 'firebreak', flags: 'i', minEntropy: 3.5, allow: PLACEHOLDERS }
	),
	// `Key=Value;` lists (ADO.NET, JDBC, ODBC): the `;` tells a connection string from code assigning a variable.
	rule(
		'connection-string-password',
		String.raw`;[ \t]*(?:password|pwd)[ \t]*=[ \t]*(${CONNECTION_VALUE})|(?<![\w.-])(?:password|pwd)[ \t]*=[ \t]*(${CONNECTION_VALUE})[ \t]*;`,
		['password', 'pwd'],
		{ origin: 'firebreak', flags: 'i', allow: PLACEHOLDERS }
	),

	// gitleaks' generic-api-key: an assignment to a key-like name whose value is random enough, minus its allowlists.
	semiGeneric(
		'generic-api-key',
		'access|auth|api|credential|creds|key|passw(?:or)?d|secret|token',
		'[\\w.=-]{10,150}|[a-z0-9][a-z0-9+/]{11,}={0,3}',
		[
			'access',
			'api',
			'auth',
			'key',
			'credential',
			'creds',
			'passwd',
			'password',
			'secret',
			'token',
		],
		{
			minEntropy: 3.5,
			allow: [/^[a-zA-Z_.-]+$/],
			// gitleaks' allowlist of names that are something other than a secret.
			allowMatch: GENERIC_NAMES,
			stopwords: GENERIC_STOPWORDS,
			allowLine: /--mount=type=secret,|import[ \t]+\{[ \t\w,]+\}[ \t]+from[ \t]+['"][^'"]+['"]/,
		}
	),
];
