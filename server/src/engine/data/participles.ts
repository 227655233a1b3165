// Past participles for the passive-voice rule: the irregular ones (with the simple past to suggest
// in an active rewrite), the -ed words that follow "was" as adjectives, and the passives that are
// good news on a résumé ("was promoted").
//
// Provenance: our own lists, written for this project. Irregular forms are standard English
// morphology; the adjective and good-news lists are our own judgement of résumé usage.

/** Irregular past participle → simple past ("written" → "wrote"), for "Rewrite as 'Wrote …'". */
export const IRREGULAR: Record<string, string> = Object.fromEntries(
  `built:built written:wrote rewritten:rewrote led:led made:made done:did given:gave taken:took undertaken:undertook
   overtaken:overtook seen:saw overseen:oversaw known:knew shown:showed chosen:chose drawn:drew driven:drove
   grown:grew held:held upheld:upheld withheld:withheld kept:kept left:left lost:lost paid:paid run:ran sent:sent
   set:set sold:sold spent:spent taught:taught thought:thought told:told brought:brought bought:bought
   caught:caught found:found hidden:hid broken:broke begun:began won:won put:put cut:cut hit:hit shut:shut
   spread:spread understood:understood forgotten:forgot frozen:froze stolen:stole worn:wore torn:tore
   shaken:shook mistaken:mistook forbidden:forbade beaten:beat bitten:bit eaten:ate fallen:fell flown:flew
   ridden:rode risen:rose spoken:spoke thrown:threw withdrawn:withdrew bound:bound dug:dug fed:fed
   fought:fought ground:ground heard:heard hung:hung laid:laid lent:lent lit:lit meant:meant met:met
   quit:quit said:said shot:shot sought:sought spun:spun stood:stood struck:struck stuck:stuck
   swept:swept wound:wound rebuilt:rebuilt redone:redid remade:remade resold:resold reset:reset retaken:retook
   outgrown:outgrew undergone:underwent overthrown:overthrew overrun:overran underwritten:underwrote
   handwritten:handwrote broadcast:broadcast forecast:forecast spun:spun sung:sang dealt:dealt`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);

/** -ed words that describe a state after "was/were", not an action done to someone. */
export const ADJECTIVAL = new Set([
  'excited', 'interested', 'involved', 'based', 'located', 'pleased', 'surprised', 'amazed', 'tired', 'bored',
  'married', 'divorced', 'experienced', 'skilled', 'qualified', 'dedicated', 'committed', 'motivated',
  'focused', 'focussed', 'determined', 'talented', 'detailed', 'varied', 'advanced', 'limited', 'concerned',
  'worried', 'thrilled', 'privileged', 'unemployed', 'employed', 'self-employed', 'licensed', 'certified',
  'accredited', 'registered', 'tasked', 'supposed', 'used', 'exposed', 'engaged', 'obsessed', 'inspired',
  'disappointed', 'satisfied', 'delighted', 'honoured', 'honored', 'proud', 'retired', 'born', 'raised',
  'stationed', 'headquartered', 'required', 'allowed', 'able', 'scheduled', 'expected',
  'entitled', 'titled', 'named', 'called', 'aligned', 'equipped', 'prepared', 'positioned', 'situated',
  'crowded', 'remote', 'onboarded', 'furloughed', 'laid',
]);

/** Passives that are a good signal on a résumé: someone chose you. */
export const GOOD_NEWS = new Set([
  'promoted', 'selected', 'awarded', 'chosen', 'elected', 'nominated', 'invited', 'recognized', 'recognised',
  'honored', 'honoured', 'appointed', 'tapped', 'accepted', 'admitted', 'featured', 'cited', 'published',
  'granted', 'hired', 'recruited', 'asked', 'entrusted', 'shortlisted', 'commended', 'credited', 'praised',
  'sponsored', 'funded', 'rehired', 'reappointed', 'reelected', 're-elected', 'named', 'ranked', 'rated',
  'voted', 'certified', 'knighted', 'inducted', 'endorsed', 'mentioned', 'quoted', 'interviewed', 'patented',
]);

/** Words ending in -ed that are not past participles. */
export const NOT_PARTICIPLES = new Set([
  'bed', 'red', 'shed', 'seed', 'need', 'speed', 'feed', 'breed', 'greed', 'hundred', 'sacred', 'naked',
  'wicked', 'rugged', 'kindred', 'embed', 'sled', 'indeed', 'creed', 'steed', 'weed',
  'deed', 'reed', 'tweed',
]);
