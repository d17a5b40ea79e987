// A problem statement as an SME would paste it: about 2,000 characters, the need spread over
// several paragraphs and wrapped in the framing firms put around it.
const PARAGRAPHS = [
  "We are a family-owned dairy and cheese maker with about forty staff, based in a rural area. Over the last two years our production has grown quickly and our wastewater treatment has not kept up with it.",
  "Every day we produce a large volume of effluent from washing tanks, pipes and floors, together with whey and brine from the cheese room. The local water company has told us that our discharge is above the limits in our permit for organic load and for phosphorus, and that we will face higher charges or enforcement if this continues. We would like to treat the wastewater on site, and ideally reuse some of the cleaned water for washing, to cut our water bills.",
  "We have looked at buying a standard package plant, but the suppliers gave very different advice and we do not know which technology suits our effluent: membranes, anaerobic digestion, constructed wetlands or something else. We do not have an engineer who can judge this, and we are worried about spending a lot of money on a plant that is oversized or does not work for our mix of dairy waste.",
  "What we are looking for is an independent team that can sample and analyse our effluent, test treatment options at pilot scale on our real wastewater, and recommend a design that will meet the discharge permit. We would also welcome advice on recovering nutrients, for example phosphorus, which a neighbouring farm could use as fertiliser.",
  "Our site sits beside a small river that is used for fishing, so any solution must be reliable in winter, when flows are low, and in the spring, when we make the most cheese. Running costs and the energy the plant uses matter to us as much as the price of building it.",
  "We could host a student or a researcher on site for a few months, and we may be able to apply for a regional innovation grant to cover part of the cost. We need to show results to the water company within about a year, so the work should start in the next few months. Please get in touch if your team has done this kind of project with food or drink producers before.",
];

export const PASTED_PROBLEM = PARAGRAPHS.join("\n\n");
