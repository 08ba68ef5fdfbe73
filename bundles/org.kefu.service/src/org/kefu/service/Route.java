package org.kefu.service;

/**
 * Where a ticket is sent: a department of the own enterprise, a partner enterprise (which makes it a 协同单, the one
 * kind of ticket partner staff may work on), or a named person.
 */
public record Route(String orgUnitId, String partnerEnterpriseId, String staffNo) {

	public static Route toUnit(String orgUnitId) {
		return new Route(orgUnitId, null, null);
	}

	/** To a partner enterprise, optionally to one of its units. */
	public static Route toPartner(String enterpriseId, String orgUnitId) {
		return new Route(orgUnitId, enterpriseId, null);
	}

	public static Route toStaff(String staffNo) {
		return new Route(null, null, staffNo);
	}

	public boolean isPartner() {
		return partnerEnterpriseId != null;
	}
}
